import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MissingProgramError, requireProgram } from "./programs";

/**
 * Real PostgreSQL and Redis servers of a test's own, on free ports, that the test may stop and
 * start again (outage tests): never the shared ones other tests run on.
 */

/** A free TCP port of 127.0.0.1 (asked of the system, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface OutageServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  remove(): Promise<void>;
}

function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions[0];
  if (version === undefined) {
    throw new MissingProgramError(
      "initdb is not installed (/usr/lib/postgresql/*/bin): apt-get install -y postgresql (pnpm test installs it)",
    );
  }
  return join(root, version, "bin");
}

/**
 * A PostgreSQL cluster in a temporary folder (trust authentication, no fsync), on a free port.
 * PostgreSQL refuses to run as root: then it runs as the `postgres` user, owning the folder.
 */
export async function startSecondPostgres(): Promise<OutageServer> {
  const bin = postgresBin();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), "twofold-outage-pg-"));
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"]).toString().trim());
    chownSync(dir, id("-u"), id("-g"));
  }
  const run = (program: string, args: string[]): void => {
    const [command, ...rest] = asRoot
      ? ["runuser", "-u", "postgres", "--", join(bin, program), ...args]
      : [join(bin, program), ...args];
    execFileSync(command ?? program, rest, { stdio: "pipe" });
  };
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "--no-instructions"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async (): Promise<void> =>
    run("pg_ctl", ["start", "-D", data, "-w", "-t", "30", "-l", join(dir, "log"), "-o", options]);
  const stop = async (): Promise<void> => run("pg_ctl", ["stop", "-D", data, "-m", "fast", "-w"]);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A redis-server without persistence on a free port; `stop` kills it (SIGKILL). */
export async function startSecondRedis(): Promise<OutageServer> {
  const program = requireProgram("redis-server");
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const server = spawn(
        program,
        ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      child = server;
      let out = "";
      server.once("error", reject);
      server.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("Ready to accept connections")) resolve();
      });
      server.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${out}`)));
    });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      const server = child;
      if (!server || server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGKILL");
    });
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, remove: stop };
}
