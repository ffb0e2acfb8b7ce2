// `pnpm --filter @twofold/bench bench:push-wait`: how soon a sign-in waiting for its push answer
// learns it (from the device's answer to the waiting client's answer), with the long poll
// (`auth.pushResult` with `waitSeconds`) and with the 1 s polling it replaced; and how many
// requests a waiting sign-in sends per minute. Against the built server, through real HTTP.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes, randomInt } from "node:crypto";
import { createApiClient, type ApiClient } from "@twofold/client";
import { answerRequest, enrollDevice, type DeviceIdentity } from "@twofold/device/node";
import { confirmedSignUp, tokenOf } from "@twofold/test-stack/sign-up";
import { startBuiltServer } from "./server";
import { summarizeLatencies } from "./stats";

const WAIT_SECONDS = 20;
const POLL_MS = 1_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PushWaitBenchReport {
  samples: number;
  /** Device's answer sent -> the waiting client has it (ms). */
  longPollMs: { p50: number; p95: number; max: number };
  pollingMs: { p50: number; p95: number; max: number };
  /** Requests per minute per waiting sign-in, measured over `windowSeconds`. */
  longPollPerMinute: number;
  pollingPerMinute: number;
  windowSeconds: number;
  goalMs: number;
}

interface Person {
  /** Its own address (TWOFOLD_TRUST_PROXY): per-address limits are not what this measures. */
  ip: string;
  email: string;
  password: string;
  identity: DeviceIdentity;
  device: ApiClient;
}

function from(ip: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-forwarded-for", ip);
    return fetch(input, { ...init, headers });
  };
}

/** A browser's sign-in up to its push request. */
async function waitingSignIn(url: string, person: Person) {
  let token: string | null = null;
  const api = createApiClient({ url: `${url}/trpc`, token: () => token, fetch: from(person.ip) });
  const signIn = await api.auth.signIn.mutate({
    email: person.email,
    password: person.password,
    tokenInBody: true,
  });
  token = tokenOf(signIn);
  return { api, push: await api.auth.startPush.mutate() };
}

/** Asks until the answer is not pending: with a wait (long poll) or every POLL_MS. */
async function learn(
  api: ApiClient,
  requestId: string,
  mode: "long-poll" | "polling",
  counter: { requests: number },
  stop: { now: boolean },
): Promise<number> {
  for (;;) {
    counter.requests += 1;
    const { status } =
      mode === "long-poll"
        ? await api.auth.pushResult.query({ requestId, waitSeconds: WAIT_SECONDS })
        : await api.auth.pushResult.query({ requestId });
    if (status !== "pending" || stop.now) return performance.now();
    if (mode === "polling") await sleep(POLL_MS);
  }
}

export async function runPushWaitBench(options: {
  samples: number;
  windowSeconds: number;
  progress: (line: string) => void;
}): Promise<PushWaitBenchReport> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-push-wait-"));
  const mailOutbox = join(dataDir, "mail-outbox.jsonl");
  const server = await startBuiltServer({
    env: {
      TWOFOLD_DATA_DIR: dataDir,
      TWOFOLD_MAIL_OUTBOX: mailOutbox,
      TWOFOLD_GATEWAY: "off",
      // Requests outlive the counting window; each sign-in from its own address.
      TWOFOLD_PUSH_TTL_SECONDS: String(options.windowSeconds + 60),
      TWOFOLD_TRUST_PROXY: "true",
    },
  });
  try {
    options.progress(`[push wait] ${options.samples} accounts with a device`);
    const people: Person[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      const email = `push-wait-${i}-${randomBytes(3).toString("hex")}@example.ch`;
      const password = "a long poll of devices";
      const ip = `198.19.${(i >> 8) & 255}.${i & 255}`;
      let token: string | null = null;
      const owner = createApiClient({
        url: `${server.url}/trpc`,
        token: () => token,
        fetch: from(ip),
      });
      token = await confirmedSignUp(owner, mailOutbox, { email, password });
      const start = await owner.push.beginDeviceEnrollment.mutate({ label: "Phone" });
      const device = createApiClient({ url: `${server.url}/trpc` });
      const identity = await enrollDevice(device, server.url, {
        enrollmentCode: start.enrollmentCode,
        name: "Phone",
        platform: "bench",
      });
      people.push({ ip, email, password, identity, device });
    }

    const latency = async (mode: "long-poll" | "polling"): Promise<number[]> => {
      options.progress(`[push wait] ${mode}: device YES -> the waiting client knows`);
      const out: number[] = [];
      for (const person of people) {
        const { api, push } = await waitingSignIn(server.url, person);
        const learned = learn(api, push.requestId, mode, { requests: 0 }, { now: false });
        // The answer comes at a random moment of the wait (of a poll's interval).
        await sleep(200 + randomInt(POLL_MS));
        const answeredAt = performance.now();
        await answerRequest(person.device, person.identity, push.requestId, "approve", push.number);
        out.push((await learned) - answeredAt);
      }
      return out;
    };
    const longPoll = await latency("long-poll");
    const polling = await latency("polling");

    const perMinute = async (mode: "long-poll" | "polling"): Promise<number> => {
      options.progress(
        `[push wait] ${mode}: requests of ${options.samples} sign-ins waiting ${options.windowSeconds} s`,
      );
      const counter = { requests: 0 };
      const stop = { now: false };
      const waits = await Promise.all(people.map((p) => waitingSignIn(server.url, p)));
      const running = waits.map(({ api, push }) => learn(api, push.requestId, mode, counter, stop));
      await sleep(options.windowSeconds * 1000);
      const counted = counter.requests;
      stop.now = true;
      // End the waits (the sign-ins leave the push step), so the next part starts clean.
      await Promise.all(
        waits.map(({ api, push }) => api.auth.cancelPush.mutate({ requestId: push.requestId })),
      );
      await Promise.all(running);
      return counted / options.samples / (options.windowSeconds / 60);
    };
    const longPollPerMinute = await perMinute("long-poll");
    const pollingPerMinute = await perMinute("polling");
    const summary = (xs: number[]) => {
      const s = summarizeLatencies(xs);
      const sorted = [...xs].sort((a, b) => a - b);
      const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)] ?? 0;
      return { p50: s.p50, p95, max: s.max };
    };
    return {
      samples: options.samples,
      longPollMs: summary(longPoll),
      pollingMs: summary(polling),
      longPollPerMinute,
      pollingPerMinute,
      windowSeconds: options.windowSeconds,
      goalMs: 200,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describePushWait(r: PushWaitBenchReport): string {
  const ms = (x: number) => x.toFixed(1);
  const line = (name: string, x: PushWaitBenchReport["longPollMs"], perMinute: number) =>
    `  ${name}: p50 ${ms(x.p50)} ms, p95 ${ms(x.p95)} ms, max ${ms(x.max)} ms; ${perMinute.toFixed(1)} requests/min per waiting sign-in`;
  return [
    `Push answer -> waiting sign-in (${r.samples} sign-ins; requests counted over ${r.windowSeconds} s):`,
    line(`long poll (waitSeconds ${WAIT_SECONDS})`, r.longPollMs, r.longPollPerMinute),
    line(`polling every ${POLL_MS} ms`, r.pollingMs, r.pollingPerMinute),
    `  goal: p95 < ${r.goalMs} ms with the long poll: ${r.longPollMs.p95 < r.goalMs ? "met" : "missed"}`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes("--quick");
  const report = await runPushWaitBench({
    samples: quick ? 10 : 50,
    windowSeconds: quick ? 25 : 60,
    progress: (line) => console.error(line),
  });
  process.stdout.write(`${describePushWait(report)}\n${JSON.stringify(report)}\n`);
}
