// Threat: a gateway whose server died stays as an orphan holding its port (devices connected to a gateway no server delivers to), and a taken port crashes it with a stack trace.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer as createHTTPServer, type Server } from "node:http";
import { createServer as createTCPServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const GATEWAY_MAIN = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "main.js");

const closing: (() => void)[] = [];
afterEach(() => closing.splice(0).forEach((close) => close()));

/** Answers /push/public-key as a server does (the gateway reads it at start). */
async function keyServer(): Promise<string> {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const body = JSON.stringify({ publicKey: publicKey.export({ format: "jwk" }) });
  const server: Server = createHTTPServer((_req, res) => res.end(body));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  closing.push(() => server.close());
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

function gatewayEnv(serverUrl: string, port: number): NodeJS.ProcessEnv {
  return { ...process.env, TWOFOLD_SERVER_URL: serverUrl, PORT: String(port), HOST: "127.0.0.1" };
}

/** Everything a process prints, and its exit code. */
function run(child: ChildProcess): { output: () => string; exit: Promise<number | null> } {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  closing.push(() => child.kill("SIGKILL"));
  return { output: () => output, exit: new Promise((done) => child.once("exit", done)) };
}

/** Whether something accepts connections on the port: a listening process holds it. */
function listening(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/healthz`).then(
    () => true,
    () => false,
  );
}

describe("the gateway's process (dist/main.js)", { timeout: 30_000 }, () => {
  if (!existsSync(GATEWAY_MAIN))
    throw new Error(`${GATEWAY_MAIN} is missing: run pnpm --filter @twofold/push-gateway build`);

  it("run alone on a port in use: one line naming the port and PORT, no stack trace, exit code 2", async () => {
    const holder = createTCPServer();
    await new Promise<void>((done) => holder.listen(0, "127.0.0.1", done));
    closing.push(() => holder.close());
    const address = holder.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const gateway = run(
      spawn(process.execPath, [GATEWAY_MAIN], { env: gatewayEnv(await keyServer(), port) }),
    );
    expect(await gateway.exit).toBe(2);
    expect(gateway.output()).toBe(
      `Port ${port} is in use (the push gateway's): set PORT to a free port or stop what holds it.\n`,
    );
  });

  it("spawned by a process that dies by kill -9: the gateway exits and frees its port", async () => {
    // The parent: spawns the gateway with an IPC channel, as the server does, then waits.
    const parentScript = `
      const { spawn } = require("node:child_process");
      const gateway = spawn(process.execPath, [process.argv[1]], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      process.stdout.write("gateway pid " + gateway.pid + "\\n");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["-e", parentScript, GATEWAY_MAIN], {
      env: gatewayEnv(await keyServer(), 0),
    });
    const parent = run(child);
    const started = /gateway on http:\/\/127\.0\.0\.1:(\d+)/;
    await until(() => started.test(parent.output()));
    const port = Number(started.exec(parent.output())?.[1]);
    const pid = Number(/gateway pid (\d+)/.exec(parent.output())?.[1]);
    closing.push(() => stopIfAlive(pid));
    expect(await listening(port)).toBe(true);

    child.kill("SIGKILL");
    await parent.exit;
    expect(await until(async () => !(await listening(port)))).toBe(true);
  });
});

/** Waits until `check` holds (true), or 10 s (false). */
async function until(check: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return check();
}

function stopIfAlive(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // it exited, as it should
  }
}
