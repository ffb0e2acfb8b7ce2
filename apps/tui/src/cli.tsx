import "./lib/interactive";
import { render } from "ink";
import { createApiClient } from "@twofold/client";
import { App } from "./App";
import { themeFor } from "./components/theme";
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
  const store = createTokenStore(configDir(process.env), options.server);
  const api = createApiClient({ url: `${options.server}/trpc`, token: store.get });
  render(<App api={api} server={options.server} store={store} theme={themeFor(process.env)} />);
  return 0;
}

process.exitCode = main();
