import { parseArgs } from "node:util";

export interface CliOptions {
  /** "settings" (sign in and manage), or "approve" (this terminal answers sign-in requests). */
  command: "settings" | "approve";
  server: string;
  help: boolean;
}

export const USAGE = `Usage: twofold [approve] [--server URL]

Sign in to a Twofold server and manage two-step verification from the terminal.
"twofold approve" makes this terminal an authenticator device: it asks "Is this you?" for
sign-ins on the web.

  --server URL   the Twofold server (default http://localhost:3000, or TWOFOLD_SERVER)
  -h, --help     show this help

Keys: arrows or j/k move, Enter chooses, Esc goes back, q quits.
The session is kept in $XDG_CONFIG_HOME/twofold (mode 0600); "Sign out" forgets it.`;

/** Reads the command line; throws a message for a person when something is wrong. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      server: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (rest.length > 0 || (command !== undefined && command !== "approve"))
    throw new Error(`unknown command: ${positionals.join(" ")}`);
  const server = (values.server ?? env.TWOFOLD_SERVER ?? "http://localhost:3000").replace(
    /\/+$/,
    "",
  );
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new Error(`--server must be a URL such as http://localhost:3000, not "${server}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`--server must start with http:// or https://, not "${url.protocol}"`);
  }
  return { command: command ?? "settings", server, help: values.help ?? false };
}
