// Scaled out: a browser waits for its push answer on server B (a long poll) while the device
// answers server A; Redis carries the change, and without it (or while it is down) the wait
// re-reads the database. Left out of the run without DATABASE_URL (vitest.config.ts).
import { randomBytes, webcrypto } from "node:crypto";
import { DEFAULT_CONFIG } from "@twofold/core";
import { answerPayload } from "@twofold/push-protocol";
import { startSecondRedis } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import type { RunningServer } from "./server";
import { call, data } from "../test/http";
import { sender, signUp } from "../test/person";
import { twoServersOnPostgres } from "../test/servers";

const PASSWORD = "correct horse battery staple";
const { subtle } = webcrypto;

describe("a sign-in waiting for its push answer on another server", () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** Two servers on one PostgreSQL; a wait is never re-read unless events are off. */
  const twoServers = (redisUrl: string | null): Promise<RunningServer[]> =>
    twoServersOnPostgres({
      env: redisUrl ? { REDIS_URL: redisUrl } : {},
      // With live events, only the event can answer a wait before its end.
      config: { push: { ...DEFAULT_CONFIG.push, waitRecheckMs: 60_000 } },
      cleanups,
    });

  /** An account with a device enrolled on `a`, and a sign-in on `b` waiting for a push. */
  async function pushWaitingOn(a: RunningServer, b: RunningServer) {
    const email = `push-wait-${Date.now()}-${randomBytes(2).toString("hex")}@example.ch`;
    const token = await signUp(sender(a.url), email, PASSWORD);
    const { enrollmentCode } = data<{ enrollmentCode: string }>(
      await call(a.url, "push.beginDeviceEnrollment", { label: "Phone" }, { token }),
    );
    const pair = await subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
    const jwk = await subtle.exportKey("jwk", pair.publicKey);
    const { deviceId } = data<{ deviceId: string }>(
      await call(a.url, "device.enroll", {
        enrollmentCode,
        publicKey: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
        name: "Phone",
        platform: "linux",
      }),
    );
    const signIn = data<{ token: string }>(
      await call(b.url, "auth.signIn", { email, password: PASSWORD, tokenInBody: true }),
    );
    const push = data<{ requestId: string; number: number }>(
      await call(b.url, "auth.startPush", {}, { token: signIn.token }),
    );
    const approve = async (): Promise<unknown> => {
      const answer = { requestId: push.requestId, deviceId, decision: "approve" as const };
      const payload = answerPayload({ ...answer, number: push.number });
      const signature = Buffer.from(
        await subtle.sign(
          { name: "ECDSA", hash: "SHA-256" },
          pair.privateKey,
          new TextEncoder().encode(payload),
        ),
      ).toString("base64url");
      return data(
        await call(a.url, "device.answer", { ...answer, number: push.number, signature }),
      );
    };
    /** The browser's long poll on `b`, sent as a plain HTTP client would (GET, plain JSON). */
    const wait = (waitSeconds: number) =>
      call(
        b.url,
        "auth.pushResult",
        { requestId: push.requestId, waitSeconds },
        { token: signIn.token, method: "GET" },
      ).then((reply) => data<{ status: string }>(reply));
    return { approve, wait };
  }

  it("on Redis: the device answers A, the wait on B answers approved long before its 20 s", async () => {
    const [a, b] = await twoServers("redis://127.0.0.1:6379");
    if (!a || !b) throw new Error("two servers");
    const { approve, wait } = await pushWaitingOn(a, b);
    const waiting = wait(20);
    await new Promise((r) => setTimeout(r, 200));
    expect(await approve()).toEqual({ status: "approved" });
    expect(await waiting).toEqual({ status: "approved" });
  });

  it("Redis down: the wait on B still learns the answer from the database (re-read loop)", async () => {
    const redis = await startSecondRedis();
    cleanups.push(() => redis.remove());
    const [a, b] = await twoServers(redis.url);
    if (!a || !b) throw new Error("two servers");
    const { approve, wait } = await pushWaitingOn(a, b);
    await redis.stop();
    const waiting = wait(20);
    await new Promise((r) => setTimeout(r, 200));
    expect(await approve()).toEqual({ status: "approved" });
    expect(await waiting).toEqual({ status: "approved" });
  });

  it("without Redis: the wait on B re-reads and answers approved", async () => {
    const [a, b] = await twoServers(null);
    if (!a || !b) throw new Error("two servers");
    const { approve, wait } = await pushWaitingOn(a, b);
    const waiting = wait(20);
    await new Promise((r) => setTimeout(r, 200));
    expect(await approve()).toEqual({ status: "approved" });
    expect(await waiting).toEqual({ status: "approved" });
  });
});
