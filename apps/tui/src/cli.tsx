import "./lib/interactive";
import { render } from "ink";
import type { ReactNode } from "react";
import { createApiClient } from "@twofold/client";
import { App } from "./App";
import { Approver } from "./approver/Approver";
import { ThemeContext, themeFor } from "./components/theme";
import { createTerminalClient } from "./lib/api-client";
import { parseCli, type CliOptions } from "./lib/args";
import { createDeviceStore } from "./lib/device-store";
import { EXIT } from "./lib/exit-codes";
import { finishFarewells } from "./lib/farewell";
import { currentLocale, startLocale } from "./lib/locale";
import { QuitGuard } from "./lib/quit";
import { CLI_TEXT } from "./lib/text-cli";
import { configDir, createTokenStore } from "./lib/token-store";
import { printStatus } from "./status/print-status";
import { readStatus } from "./status/read-status";

async function status(options: CliOptions): Promise<number> {
  const store = createTokenStore(configDir(process.env), options.server);
  const api = createTerminalClient(options.server, store.get);
  const report = await readStatus({ api, server: options.server, token: store.get() });
  const out = printStatus(report, { json: options.json, locale: currentLocale() });
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.status;
}

function screenOf(options: CliOptions): ReactNode {
  const theme = themeFor(process.env);
  if (options.command === "approve") {
    const api = createApiClient({ url: `${options.server}/trpc` });
    const devices = createDeviceStore(configDir(process.env), options.server);
    return (
      <ThemeContext.Provider value={theme}>
        <Approver api={api} server={options.server} store={devices} />
      </ThemeContext.Provider>
    );
  }
  const store = createTokenStore(configDir(process.env), options.server);
  const api = createTerminalClient(options.server, store.get);
  return <App api={api} server={options.server} store={store} theme={theme} />;
}

/** How long requests sent as the screens go (a push request cancelled) may hold the exit. */
const FAREWELL_MS = 2_000;

/**
 * A screen: Ink without its own Ctrl+C handling, so that QuitGuard decides (130, or a screen of
 * secrets shown once asks first). A SIGINT from elsewhere (`kill -INT`) also ends with 130; a
 * SIGTERM or SIGHUP (the terminal window closed) with 128 + its number. Either way the screens
 * go first, and what they send as they go (a push request cancelled) is waited for.
 */
async function screen(options: CliOptions): Promise<number> {
  // Ink needs raw mode on standard input: without a terminal it fails with a stack trace.
  if (!process.stdin.isTTY) {
    process.stderr.write(`${CLI_TEXT[currentLocale()].noTerminal}\n`);
    return EXIT.USAGE;
  }
  let exitStatus: number = EXIT.OK;
  const instance = render(
    <QuitGuard onQuit={(s) => (exitStatus = s)}>{screenOf(options)}</QuitGuard>,
    { exitOnCtrlC: false },
  );
  // A window closed takes the terminal with it: what is left to draw goes nowhere.
  process.once("SIGHUP", () => process.stdout.on("error", () => undefined));
  const stopOn = (signal: NodeJS.Signals, status: number): void => {
    process.once(signal, () => {
      exitStatus = status;
      instance.unmount();
    });
  };
  stopOn("SIGINT", EXIT.INTERRUPTED);
  stopOn("SIGTERM", EXIT.TERMINATED);
  stopOn("SIGHUP", EXIT.HANGUP);
  await instance.waitUntilExit();
  await finishFarewells(FAREWELL_MS);
  return exitStatus;
}

async function main(): Promise<number> {
  startLocale(process.env);
  const parsed = parseCli(process.argv.slice(2), process.env);
  const text = CLI_TEXT[currentLocale()];
  if (!parsed.ok) {
    process.stderr.write(`${text.usageError[parsed.reason](parsed.detail)}\n${text.seeHelp}\n`);
    return EXIT.USAGE;
  }
  const { options } = parsed;
  if (options.help) {
    process.stdout.write(`${text.usage}\n`);
    return EXIT.OK;
  }
  if (options.command === "status") return status(options);
  const exitStatus = await screen(options);
  // The screen is gone: nothing left (a gateway connection, a poll) may hold the exit.
  process.exit(exitStatus);
}

main().then(
  (exitStatus) => {
    process.exitCode = exitStatus;
  },
  (error: unknown) => {
    process.stderr.write(`twofold: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.SOFTWARE;
  },
);
