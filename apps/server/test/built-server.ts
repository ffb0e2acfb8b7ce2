import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built server, as `pnpm start` runs it. */
export const BUILT_MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

const START_TIMEOUT_MS = 90_000;

export interface StartBuiltServerOptions {
  /** How long to wait for its URL (default 90 s): more on a machine busy with other runs. */
  startTimeoutMs?: number;
}

export interface BuiltServer {
  child: ChildProcess;
  /** Where a program on this machine reaches it (127.0.0.1). */
  url: string;
  /** What it prints for a person to open (http://localhost:PORT): the origin security keys need. */
  browserUrl: string;
  /** Everything it printed so far (stdout and stderr, its gateway's stderr too). */
  output: () => string;
  /** Stops it with SIGTERM (a clean shutdown) and resolves to its exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts the built server on a free port of 127.0.0.1 on the embedded database in `dataDir`,
 * with the given extra environment, and resolves when it prints its URL. For tests of the
 * server itself and the end-to-end tests of the front ends.
 */
export async function startBuiltServer(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  options: StartBuiltServerOptions = {},
): Promise<BuiltServer> {
  const startTimeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
  if (!existsSync(BUILT_MAIN)) {
    throw new Error(`${BUILT_MAIN} is missing: run the build first (pnpm build)`);
  }
  const { DATABASE_URL: _db, TWOFOLD_MASTER_KEY: _key, ...inherited } = process.env;
  const env = {
    ...inherited,
    PORT: "0",
    TWOFOLD_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  const child = spawn(process.execPath, [BUILT_MAIN], { env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer): void => {
      out += chunk.toString();
      const match = /open (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start within ${startTimeoutMs} ms: ${out}`));
    }, startTimeoutMs);
    child.stdout?.on("data", () => {
      if (/open http/.test(out)) clearTimeout(timer);
    });
  });
  const stop = (): Promise<number | null> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once("exit", (code) => resolve(code));
      child.kill("SIGTERM");
    });
  return {
    child,
    url: url.replace("//localhost:", "//127.0.0.1:"),
    browserUrl: url,
    output: () => out,
    stop,
  };
}
