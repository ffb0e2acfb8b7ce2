// A PostgreSQL of the soak's own, in a temporary folder on a free port: the soak restarts it
// mid-run, which it must never do to the machine's shared PostgreSQL.
import { execFile } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "../server";

const run = promisify(execFile);

export interface OwnPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres: a fresh cluster, nothing in it yet. */
  url: string;
  /** Stops it (fast: open connections are ended) and starts it again on the same port. */
  restart(): Promise<void>;
  /** Stops it and deletes its folder. */
  destroy(): Promise<void>;
}

/** Debian's binaries of the newest PostgreSQL installed (/usr/lib/postgresql/<version>/bin). */
function binaries(): string {
  const root = "/usr/lib/postgresql";
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`no PostgreSQL under ${root} (apt-get install postgresql)`);
  return join(root, versions[0], "bin");
}

/** initdb and pg_ctl refuse to run as root: there they run as the user postgres. */
async function asOwner(command: string, args: string[]): Promise<void> {
  const root = process.getuid?.() === 0;
  await run(root ? "runuser" : command, root ? ["-u", "postgres", "--", command, ...args] : args);
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), "twofold-soak-pg-"));
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, "data");
  const port = await freePort();
  await asOwner(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const ctl = (...args: string[]): Promise<void> =>
    asOwner(join(bin, "pg_ctl"), ["-D", data, ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  const start = (): Promise<void> => ctl("-o", options, "-l", join(dir, "log"), "-w", "start");
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => {
      await ctl("-m", "fast", "-w", "stop");
      await start();
    },
    destroy: async () => {
      await ctl("-m", "immediate", "-w", "stop").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
