// better-auth's TOTP sign-in verification as a peer of Twofold's: a server process on its own
// seeded database, and the requests that finish each pending sign-in once.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { checkRealSignIn } from "./better-auth-canary";
import { SESSION_COOKIE, seedBetterAuth } from "./better-auth-seed";
import { CODE_PLACEHOLDER, type LoadRequest, type LoadSuccess } from "../load";
import { processCpuMs } from "../process-cpu";

const SERVER = fileURLToPath(new URL("./better-auth-server.ts", import.meta.url));
const VERIFY_PATH = "/api/auth/two-factor/verify-totp";
const MAX_OUTPUT_CHARS = 256 * 1024;
const READY_TIMEOUT_MS = 30_000;

export interface BetterAuthPeer {
  url: string;
  /** One per seeded pending sign-in, in order; each may be sent once. */
  requests: LoadRequest[];
  /** HTTP 200 and a new session cookie. */
  success: LoadSuccess;
  /** CPU time (user + system) the server process has used so far, in ms; null off Linux. */
  cpuMs(): number | null;
  /** What the server wrote besides its port line: warnings and errors. */
  output(): string;
  /** SIGTERM, waits for the exit, deletes the database folder. */
  stop(): Promise<void>;
}

/**
 * Seeds `count` pending sign-ins into a new PGlite folder, starts better-auth-server.ts on it
 * (node with this process's flags, so tsx loads it), checks one real sign-in through the API,
 * and returns the requests.
 */
export async function startBetterAuthPeer(count: number): Promise<BetterAuthPeer> {
  const dataDir = await mkdtemp(join(tmpdir(), "twofold-bench-better-auth-"));
  const removeData = (): Promise<void> => rm(dataDir, { recursive: true, force: true });
  const secret = randomBytes(32).toString("base64");
  let pending;
  try {
    pending = await seedBetterAuth(dataDir, secret, count);
  } catch (error) {
    await removeData();
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PEER_DATA_DIR: dataDir,
    BETTER_AUTH_SECRET: secret,
    // As deployed; its one effect here would be turning the rate limiter on, which is off.
    NODE_ENV: "production",
    BETTER_AUTH_TELEMETRY: "0",
  };
  delete env.BETTER_AUTH_URL;
  delete env.BETTER_AUTH_SECRETS;
  const child = spawn(process.execPath, [...process.execArgv, SERVER], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = once(child, "exit");
  let output = "";
  const collect = (chunk: Buffer | string): void => {
    if (output.length < MAX_OUTPUT_CHARS) output += chunk.toString();
  };
  child.stderr.on("data", collect);
  const lines = createInterface({ input: child.stdout });

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await removeData();
  };

  try {
    const port = await readPort(lines, exited, () => output);
    lines.on("line", (line) => collect(`${line}\n`));
    const url = `http://127.0.0.1:${port}`;
    await checkRealSignIn(url);
    return {
      url,
      requests: pending.map((p) => ({
        method: "POST",
        path: VERIFY_PATH,
        // A browser's fetch from the app's origin: the origin check wants Origin with cookies.
        headers: { "content-type": "application/json", origin: url, cookie: p.cookie },
        body: `{"code":"${CODE_PLACEHOLDER}"}`,
        totpKey: p.totpKey,
      })),
      success: { status: 200, setCookie: SESSION_COOKIE },
      cpuMs: () => processCpuMs(child.pid),
      output: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`the better-auth peer did not start:\n${output}`, { cause: error });
  }
}

/** The first stdout line, `{"port":N}`, or a failure when the server exits or takes too long. */
async function readPort(
  lines: ReturnType<typeof createInterface>,
  exited: Promise<unknown>,
  output: () => string,
): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const first = once(lines, "line") as Promise<[string]>;
  try {
    const [line] = await Promise.race([
      first,
      exited.then(() => {
        throw new Error(`the server exited:\n${output()}`);
      }),
      new Promise<never>((_, failed) => {
        timer = setTimeout(() => failed(new Error("no port announced in time")), READY_TIMEOUT_MS);
      }),
    ]);
    const port = (JSON.parse(line) as { port?: unknown }).port;
    if (typeof port !== "number") throw new Error(`unexpected first line: ${line}`);
    return port;
  } finally {
    clearTimeout(timer);
  }
}
