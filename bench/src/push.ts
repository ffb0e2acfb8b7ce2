// `pnpm bench` (push part): latency from auth.startPush to the device holding the request, and
// from the device's YES to the browser's session being active, with 10,000 devices connected to
// one gateway; and the gateway's memory per connection.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiClient, type ApiClient } from "@twofold/client";
import { createServerSigner, deriveKeys } from "@twofold/core/internals";
import { encodeSigned } from "@twofold/push-protocol";
import {
  answerRequest,
  connectGateway,
  enrollDevice,
  type DeviceIdentity,
} from "@twofold/device/node";
import WebSocket from "ws";
import { freePort } from "@twofold/testing";
import { confirmedSignUp, tokenOf } from "@twofold/test-stack/sign-up";
import { summarizeLatencies } from "./stats";

const GATEWAY_MAIN = fileURLToPath(
  new URL("../../apps/push-gateway/dist/main.js", import.meta.url),
);

export interface PushBenchReport {
  connectedDevices: number;
  samples: number;
  deliveryMs: { p50: number; p99: number };
  approvalMs: { p50: number; p99: number };
  gatewayBytesPerConnection: number;
  goalBytesPerConnection: number;
}

/** A process's resident memory in bytes (Linux). */
export const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function waitForLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = pattern.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** Opens `count` idle device connections (tickets signed with the server's key). */
async function fillers(gatewayWs: string, masterKey: Buffer, count: number): Promise<WebSocket[]> {
  const signer = createServerSigner(deriveKeys(masterKey).pushSigning);
  const exp = new Date(Date.now() + 3_600_000).toISOString();
  const ticket = (deviceId: string): string =>
    encodeSigned({ kind: "twofold/gateway-ticket/v1", deviceId, exp }, signer.sign);
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 200) {
    const batch = Array.from({ length: Math.min(200, count - i) }, async () => {
      const ws = new WebSocket(`${gatewayWs}?ticket=${encodeURIComponent(ticket(randomUUID()))}`);
      await new Promise<void>((resolve, reject) => {
        ws.once("open", () => resolve());
        ws.once("error", reject);
      });
      sockets.push(ws);
    });
    await Promise.all(batch);
  }
  return sockets;
}

export async function runPushBench(options: {
  startServer: (env: Record<string, string>) => Promise<{ url: string; stop: () => Promise<void> }>;
  devices: number;
  samples: number;
  progress: (line: string) => void;
}): Promise<PushBenchReport> {
  const masterKey = randomBytes(32);
  const gatewayPort = await freePort();
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  // The sign-ups' codes are read from the mail the server writes here.
  const mailOutbox = join(mkdtempSync(join(tmpdir(), "twofold-bench-push-")), "mail-outbox.jsonl");
  const server = await options.startServer({
    TWOFOLD_MASTER_KEY: masterKey.toString("hex"),
    TWOFOLD_GATEWAY_URL: gatewayUrl,
    TWOFOLD_MAIL_OUTBOX: mailOutbox,
    TWOFOLD_TRUST_PROXY: "true",
  });
  const gateway = spawn(process.execPath, [GATEWAY_MAIN], {
    env: {
      ...process.env,
      TWOFOLD_SERVER_URL: server.url,
      PORT: String(gatewayPort),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    await waitForLine(gateway, /gateway on (http:\/\/\S+)/);
    const gatewayWs = `ws://127.0.0.1:${gatewayPort}/devices`;
    const pid = gateway.pid ?? 0;
    await sleep(500);
    const before = rssOf(pid);
    options.progress(
      `[push] connecting ${options.devices.toLocaleString("en-US")} devices to one gateway`,
    );
    const idle = await fillers(gatewayWs, masterKey, options.devices - options.samples);

    options.progress(`[push] ${options.samples} accounts, each with a device that answers`);
    const people: { email: string; password: string; identity: DeviceIdentity; api: ApiClient }[] =
      [];
    const received = new Map<string, number>();
    for (let i = 0; i < options.samples; i += 1) {
      const email = `push-bench-${i}-${randomBytes(3).toString("hex")}@example.ch`;
      const password = "a bench of devices";
      let token: string | null = null;
      // Each account signs up from its own address (as people do): the limit of confirmation
      // mails per address is not what this measures.
      const ip = `198.18.${(i >> 8) & 255}.${i & 255}`;
      const owner = createApiClient({
        url: `${server.url}/trpc`,
        token: () => token,
        fetch: (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set("x-forwarded-for", ip);
          return fetch(input, { ...init, headers });
        },
      });
      token = await confirmedSignUp(owner, mailOutbox, { email, password });
      const start = await owner.push.beginDeviceEnrollment.mutate({ label: "Phone" });
      const api = createApiClient({ url: `${server.url}/trpc` });
      const identity = await enrollDevice(api, server.url, {
        enrollmentCode: start.enrollmentCode,
        name: "Phone",
        platform: "bench",
      });
      identity.gatewayUrl = gatewayWs;
      connectGateway(identity, { onRequest: (r) => received.set(r.requestId, performance.now()) });
      people.push({ email, password, identity, api });
    }
    await sleep(1_000);
    const after = rssOf(pid);

    options.progress(
      `[push] ${options.samples} sign-ins: startPush -> device, YES -> session active`,
    );
    const delivery: number[] = [];
    const approval: number[] = [];
    for (const person of people) {
      let token: string | null = null;
      const browser = createApiClient({ url: `${server.url}/trpc`, token: () => token });
      const signIn = await browser.auth.signIn.mutate({
        email: person.email,
        password: person.password,
        tokenInBody: true,
      });
      token = tokenOf(signIn);
      const t0 = performance.now();
      const push = await browser.auth.startPush.mutate();
      while (!received.has(push.requestId)) await sleep(0.2);
      delivery.push((received.get(push.requestId) ?? t0) - t0);
      const t2 = performance.now();
      await answerRequest(person.api, person.identity, push.requestId, "approve", push.number);
      const done = await browser.auth.finishPush.mutate({ requestId: push.requestId });
      token = done.token ?? token;
      approval.push(performance.now() - t2);
    }
    for (const ws of idle) ws.terminate();
    const summary = (xs: number[]) => {
      const { p50, p99 } = summarizeLatencies(xs);
      return { p50, p99 };
    };
    return {
      connectedDevices: idle.length + people.length,
      samples: options.samples,
      deliveryMs: summary(delivery),
      approvalMs: summary(approval),
      gatewayBytesPerConnection: Math.round((after - before) / Math.max(1, options.devices)),
      goalBytesPerConnection: 20 * 1024,
    };
  } finally {
    gateway.kill("SIGTERM");
    await server.stop();
  }
}

export function describePush(r: PushBenchReport): string {
  const ms = (x: number) => x.toFixed(1);
  return [
    `Push (${r.connectedDevices.toLocaleString("en-US")} devices on one gateway, ${r.samples} sign-ins):`,
    `  startPush -> device: p50 ${ms(r.deliveryMs.p50)} ms, p99 ${ms(r.deliveryMs.p99)} ms`,
    `  device YES -> session active: p50 ${ms(r.approvalMs.p50)} ms, p99 ${ms(r.approvalMs.p99)} ms`,
    `  gateway memory per connection: ${(r.gatewayBytesPerConnection / 1024).toFixed(1)} KB (goal < 20 KB)`,
  ].join("\n");
}
