// Threat: a server killed hard leaves its push gateway as an orphan holding the port; pushes then fall back to slow polling until someone kills it by hand.
import { spawn } from "node:child_process";
import { webcrypto } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { alive, childrenOf, holdPort, until } from "../test/processes";
import { call, data } from "../test/http";
import { BUILT_MAIN, startBuiltServer, type BuiltServer } from "../test/built-server";
import { sender, signUp as signUpWith } from "../test/person";

const GATEWAY = "push-gateway/dist/main.js";
const PASSWORD = "correct horse battery staple";
const dataDir = mkdtempSync(join(tmpdir(), "twofold-gateway-"));
const servers: BuiltServer[] = [];
const strays: number[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  // An orphan the code under test failed to end: not left behind for the next test.
  for (const pid of strays.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let runs = 0;
/** The built server, one after the other on one data folder (migrated once: faster starts). */
async function start(env: Record<string, string> = {}): Promise<BuiltServer> {
  runs += 1;
  const server = await startBuiltServer(dataDir, {
    TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
    ...env,
  });
  servers.push(server);
  return server;
}

async function health(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function gatewayOf(server: BuiltServer): number {
  const [pid, ...more] = childrenOf(server.child.pid ?? -1, GATEWAY);
  if (pid === undefined || more.length > 0) throw new Error(`expected one gateway, got ${pid}`);
  strays.push(pid);
  return pid;
}

async function killHard(pid: number): Promise<void> {
  process.kill(pid, "SIGKILL");
  await until(() => !alive(pid), 5_000);
}

/** Signs up, enrolls a device (a fresh ECDSA key): where it connects, and its account. */
async function personWithDevice(url: string) {
  const email = `gateway-${runs}@example.ch`;
  const token = await signUpWith(sender(url), email, PASSWORD, {
    outbox: join(dataDir, "mail-outbox.jsonl"),
  });
  const enrollment = data<{ enrollmentId: string; enrollmentCode: string }>(
    await call(url, "push.beginDeviceEnrollment", { label: "Phone" }, { token }),
  );
  const pair = await webcrypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ]);
  const jwk = await webcrypto.subtle.exportKey("jwk", pair.publicKey);
  const device = data<{ gatewayUrl: string | null; gatewayTicket: string }>(
    await call(url, "device.enroll", {
      enrollmentCode: enrollment.enrollmentCode,
      publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
      algorithm: "ES256",
      name: "Phone",
      platform: "linux",
    }),
  );
  data(
    await call(url, "push.enrollmentStatus", { enrollmentId: enrollment.enrollmentId }, { token }),
  );
  return { email, device };
}

/** Connects as the device: resolves once the gateway said hello; collects the requests. */
async function connectDevice(gatewayUrl: string, ticket: string) {
  const ws = new WebSocket(`${gatewayUrl}?ticket=${encodeURIComponent(ticket)}`);
  const requests: string[] = [];
  const hello = new Promise<void>((done, failed) => {
    ws.on("message", (raw: Buffer) => {
      const message = JSON.parse(raw.toString("utf8")) as {
        type: string;
        request?: { requestId: string };
      };
      if (message.type === "hello") done();
      if (message.type === "request" && message.request) requests.push(message.request.requestId);
    });
    ws.once("error", failed);
  });
  await hello;
  return { requests, close: () => ws.terminate() };
}

// Each test starts a built server (or two): slow on a busy machine.
describe("the push gateway beside the server (pnpm start)", { timeout: 90_000 }, () => {
  it("kill -9 of the server: its gateway exits too, leaving no orphan on the port", async () => {
    const server = await start();
    const gateway = gatewayOf(server);
    expect(alive(gateway)).toBe(true);
    await killHard(server.child.pid ?? -1);
    expect(await until(() => !alive(gateway), 5_000)).toBe(true);
  });

  it("kill -9 of the gateway: the server restarts it on the same address, /healthz goes back to up, a push reaches the device through it", async () => {
    const server = await start();
    expect(await health(server.url)).toEqual({ status: "ok", database: "pglite", gateway: "up" });
    const { email, device } = await personWithDevice(server.url);
    expect(device.gatewayUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/devices$/);

    const first = gatewayOf(server);
    await killHard(first);
    const pid = server.child.pid ?? -1;
    const restarted = async () =>
      childrenOf(pid, GATEWAY).some((p) => p !== first) &&
      (await health(server.url)).gateway === "up";
    expect(await until(restarted, 15_000)).toBe(true);
    expect(gatewayOf(server)).not.toBe(first);
    // One line for the exit and the restart to come.
    expect(server.output().match(/push gateway exited; restarting it/g)).toHaveLength(1);

    // The device reconnects to the address it had: the restarted gateway carries the push.
    const connected = await connectDevice(device.gatewayUrl ?? "", device.gatewayTicket);
    const signIn = data<{ status: string; token: string }>(
      await call(server.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
    );
    expect(signIn.status).toBe("second_factor_required");
    const push = data<{ requestId: string }>(
      await call(server.url, "auth.startPush", {}, { token: signIn.token }),
    );
    expect(await until(() => connected.requests.includes(push.requestId), 5_000)).toBe(true);
    connected.close();
  });

  it("an occupied gateway port: one line naming it and TWOFOLD_GATEWAY_PORT, no stack trace, /healthz says down, and the gateway starts once the port is free", async () => {
    const holder = await holdPort();
    const server = await start({ TWOFOLD_GATEWAY_PORT: String(holder.port) });
    const line = `Port ${holder.port} is in use (the push gateway's): set TWOFOLD_GATEWAY_PORT to a free port or stop what holds it.`;
    const down = await health(server.url);
    expect(down).toEqual({ status: "degraded", database: "pglite", gateway: "down" });
    // A few retries later: still the one line (the start banner's), and never a stack trace.
    await new Promise((done) => setTimeout(done, 1_500));
    const output = server.output();
    expect(output.split("\n").filter((l) => l.includes(line))).toHaveLength(1);
    expect(output).not.toMatch(/EADDRINUSE|^\s+at /m);

    await holder.release();
    const up = async () => (await health(server.url)).gateway === "up";
    expect(await until(up, 20_000)).toBe(true);
    expect(server.output()).toContain(`(push gateway: down) ${line}`);
  });

  it("an occupied server port: one line naming it and PORT, and the server exits non-zero", async () => {
    const holder = await holdPort();
    const { DATABASE_URL: _db, TWOFOLD_MASTER_KEY: _key, ...inherited } = process.env;
    const child = spawn(process.execPath, [BUILT_MAIN], {
      env: {
        ...inherited,
        PORT: String(holder.port),
        TWOFOLD_DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    await holder.release();
    expect(code).not.toBe(0);
    expect(output).toContain(
      `Twofold could not start: Port ${holder.port} is in use (the server's): set PORT to a free port or stop what holds it.\n`,
    );
    expect(output).not.toMatch(/EADDRINUSE|^\s+at /m);
    expect(output).not.toContain("Twofold is running");
  });
});
