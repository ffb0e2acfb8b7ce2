import { parseArgs } from "node:util";
import type { UsageReason } from "./text-cli";

export interface CliOptions {
  /**
   * "settings" (sign in and manage), "approve" (this terminal answers sign-in requests) or
   * "status" (prints the two-step state without a screen, for people and scripts).
   */
  command: "settings" | "approve" | "status";
  server: string;
  help: boolean;
  /** `status --json`: the answer as JSON on stdout. */
  json: boolean;
}

/** A command line is either understood, or refused with a reason (exit status 2). */
export type ParsedCli =
  { ok: true; options: CliOptions } | { ok: false; reason: UsageReason; detail: string };

const COMMANDS = ["approve", "status"] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (word: string | undefined): word is Command =>
  (COMMANDS as readonly (string | undefined)[]).includes(word);

/** What node's parseArgs throws, as a reason and the word it is about. */
function refusalOf(error: unknown): { reason: UsageReason; detail: string } {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = quoted.split(" ")[0] ?? quoted;
    const takesNone = (message ?? "").includes("does not take");
    return { reason: takesNone ? "NO_VALUE_TAKEN" : "MISSING_VALUE", detail: option };
  }
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { reason: "UNKNOWN_OPTION", detail: quoted };
  throw error;
}

/** Reads the command line; a wrong one comes back as a reason, never as an exception. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        server: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { ok: false, ...refusalOf(error) };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (rest.length > 0 || (command !== undefined && !isCommand(command)))
    return { ok: false, reason: "UNKNOWN_COMMAND", detail: positionals.join(" ") };
  const json = values.json ?? false;
  if (json && command !== "status")
    return { ok: false, reason: "JSON_ONLY_FOR_STATUS", detail: "--json" };
  const server = (values.server ?? env.TWOFOLD_SERVER ?? "http://localhost:3000").replace(
    /\/+$/,
    "",
  );
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return { ok: false, reason: "SERVER_NOT_URL", detail: server };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, reason: "SERVER_NOT_HTTP", detail: url.protocol };
  return {
    ok: true,
    options: { command: command ?? "settings", server, help: values.help ?? false, json },
  };
}
