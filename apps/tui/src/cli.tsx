import "./lib/interactive";
import { render } from "ink";
import { createApiClient } from "@twofold/client";
import { App } from "./App";
import { Approver } from "./approver/Approver";
import { ThemeContext, themeFor } from "./components/theme";
import { createTerminalClient } from "./lib/api-client";
import { createDeviceStore } from "./lib/device-store";
import { parseCli, USAGE } from "./lib/args";
import { configDir, createTokenStore } from "./lib/token-store";

function main(): number {
  let options;
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const theme = themeFor(process.env);
  if (options.command === "approve") {
    const api = createApiClient({ url: `${options.server}/trpc` });
    const devices = createDeviceStore(configDir(process.env), options.server);
    render(
      <ThemeContext.Provider value={theme}>
        <Approver api={api} server={options.server} store={devices} />
      </ThemeContext.Provider>,
    );
    return 0;
  }
  const store = createTokenStore(configDir(process.env), options.server);
  const api = createTerminalClient(options.server, store.get);
  render(<App api={api} server={options.server} store={store} theme={theme} />);
  return 0;
}

process.exitCode = main();
