// Outage: Redis killed and started again must not take the server or its gateway down. Pushes
// made meanwhile wait in the database, where the device finds them when it asks, and pushes
// flow through the gateway again once Redis is back, without a restart.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import type { PushRequestView } from "@twofold/push-protocol";
import { startBuiltServer } from "@twofold/server/testing";
import { startSecondRedis } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { answerRequest, connectGateway, enrollDevice, pendingRequests } from "./index";

const PASSWORD = "pushed while Redis restarts";
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => boolean, ms: number): Promise<boolean> => {
  for (let t = 0; t < ms && !check(); t += 50) await pause(50);
  return check();
};

describe("Redis killed and started again", () => {
  it("the server and gateway stay up, a push meanwhile waits for the device, then pushes flow again", async () => {
    const redis = await startSecondRedis();
    cleanups.push(() => redis.remove());
    const dir = mkdtempSync(join(tmpdir(), "twofold-outage-redis-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const server = await startBuiltServer(dir, {
      REDIS_URL: redis.url,
      TWOFOLD_WEB_DIR: join(dir, "no-web"),
    });
    cleanups.push(() => server.stop());
    let stderr = "";
    server.child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const trpc = `${server.url}/trpc`;

    // An account with an authenticator device connected to the gateway the server started.
    const email = `redis.${randomBytes(3).toString("hex")}@example.ch`;
    let token: string | null = null;
    const owner = createApiClient({ url: trpc, token: () => token });
    token =
      (await owner.auth.signUp.mutate({ email, password: PASSWORD, tokenInBody: true })).token ??
      null;
    const { enrollmentCode } = await owner.push.beginDeviceEnrollment.mutate({ label: "Phone" });
    const deviceApi = createApiClient({ url: trpc });
    const identity = await enrollDevice(deviceApi, server.url, {
      enrollmentCode,
      name: "Phone",
      platform: "test",
    });
    const received: PushRequestView[] = [];
    let connected = 0;
    const connection = connectGateway(identity, {
      onRequest: (r) => received.push(r),
      onState: (s) => (connected += s === "connected" ? 1 : 0),
    });
    cleanups.push(async () => connection.close());
    expect(await until(() => connected === 1, 10_000)).toBe(true);

    /** A browser signing in with the password, then asking for a push. */
    const signInWithPush = async () => {
      let browserToken: string | null = null;
      const browser = createApiClient({ url: trpc, token: () => browserToken });
      browserToken =
        (await browser.auth.signIn.mutate({ email, password: PASSWORD, tokenInBody: true }))
          .token ?? null;
      return { browser, push: await browser.auth.startPush.mutate() };
    };

    const first = await signInWithPush();
    expect(await until(() => received.length === 1, 10_000)).toBe(true);
    expect(received[0]?.requestId).toBe(first.push.requestId);

    await redis.stop();
    // Down: the sign-in still starts its push; the device finds it by asking the server, and
    // its answer reaches the browser.
    const during = await signInWithPush();
    const waiting = await pendingRequests(deviceApi, identity);
    expect(waiting.map((r) => r.requestId)).toContain(during.push.requestId);
    await answerRequest(deviceApi, identity, during.push.requestId, "approve", during.push.number);
    expect(
      await during.browser.auth.pushResult.query({ requestId: during.push.requestId }),
    ).toEqual({ status: "approved" });
    await pause(1_000);

    await redis.start();
    // Back: the server's publisher and the gateway's subscription reconnect by themselves.
    let after = await signInWithPush();
    for (let i = 0; i < 20 && !received.some((r) => r.requestId === after.push.requestId); i++) {
      await pause(500);
      if (!received.some((r) => r.requestId === after.push.requestId))
        after = await signInWithPush();
    }
    expect(received.map((r) => r.requestId)).toContain(after.push.requestId);
    expect(server.child.exitCode).toBeNull();
    expect(connected).toBe(1);
    // One line when Redis went and one when it came back: no unhandled errors, no stacks.
    expect(stderr).not.toMatch(/Unhandled error event|\n\s+at /);
  }, 90_000);
});
