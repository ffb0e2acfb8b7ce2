import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { BUILT_MAIN } from "@twofold/test-stack/built";
import { freePort } from "@twofold/testing";
import { processCpuMs } from "./process-cpu";

/** The server's bundle, as its build writes it (apps/server/dist/main.js). */
export const SERVER_MAIN = BUILT_MAIN;

const MAX_OUTPUT_CHARS = 256 * 1024;

export interface BuiltServer {
  url: string;
  pid: number;
  /** Its exit code once it exited (a signal: -1); null while it runs. */
  exitCode(): number | null;
  /** Called when it exits, whatever the reason. */
  onExit(listener: (code: number | null) => void): void;
  /** SIGTERM, then waits for the exit (the server closes its database first). */
  stop(): Promise<void>;
  /** CPU time (user + system) the server process has used so far, in ms; null off Linux. */
  cpuMs(): number | null;
  /** What the server wrote to stdout/stderr besides its start banner: warnings and errors. */
  output(): string;
}

export interface StartBuiltServerOptions {
  env: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
  /** How often /healthz is asked while starting (default 100 ms). */
  pollMs?: number;
}

/** Spawns `node apps/server/dist/main.js` on a free port and waits until /healthz answers 200. */
export async function startBuiltServer(options: StartBuiltServerOptions): Promise<BuiltServer> {
  if (!existsSync(SERVER_MAIN)) {
    throw new Error(`${SERVER_MAIN} is missing: run \`pnpm build\` first`);
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Only what this run sets: an inherited DATABASE_URL must not turn a PGlite run into PostgreSQL.
  delete env.DATABASE_URL;
  delete env.TWOFOLD_DATA_DIR;
  delete env.TWOFOLD_MASTER_KEY;
  Object.assign(env, { HOST: "127.0.0.1", PORT: String(port), LOG_LEVEL: "warn", ...options.env });

  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_MAIN], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer): void => {
    // Enough to see what went wrong; a run where every request fails must not fill the memory.
    if (output.length < MAX_OUTPUT_CHARS) output += chunk.toString("utf8");
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = once(child, "exit");

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not become healthy in time:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, options.pollMs ?? 100));
  }

  return {
    url,
    pid: child.pid ?? 0,
    exitCode: () => child.exitCode ?? (child.signalCode === null ? null : -1),
    onExit: (listener) => void exited.then(([code]) => listener(code as number | null)),
    output: () => withoutBanner(output),
    cpuMs: () => processCpuMs(child.pid),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => kill(child), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// main.ts prints "Twofold is running: open <url>" and "(database: <kind>)" on start.
function withoutBanner(output: string): string {
  return output
    .split("\n")
    .filter((line) => !/^\s*(Twofold is running: open |\(database: \w+\)\s*$|$)/.test(line))
    .join("\n");
}

function kill(child: ChildProcess): void {
  if (child.exitCode === null) child.kill("SIGKILL");
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`);
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}
