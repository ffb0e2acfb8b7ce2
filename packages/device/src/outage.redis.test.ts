// Outage: Redis killed and started again must not take the server or its gateway down. Pushes
// made meanwhile wait in the database, where the device finds it when it asks, and pushes flow
// through the gateway again once Redis is back, without a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startBuiltServer } from "@twofold/test-stack/built";
import { startSecondRedis } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { accountWithDevice, bearer, cleanUp, cleanups, listen, until } from "../test/gateway";
import { answerRequest, pendingRequests } from "./node";
import { tokenOf } from "@twofold/test-stack";

afterAll(cleanUp);

describe("Redis killed and started again", () => {
  it("the server and gateway stay up, a push meanwhile waits for the device, then pushes flow again", async () => {
    const redis = await startSecondRedis();
    cleanups.push(() => redis.remove());
    const dir = mkdtempSync(join(tmpdir(), "twofold-outage-redis-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const server = await startBuiltServer(dir, {
      REDIS_URL: redis.url,
      TWOFOLD_WEB_DIR: join(dir, "no-web"),
    });
    cleanups.push(async () => void (await server.stop()));
    let stderr = "";
    server.child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));

    // An account with an authenticator device connected to the gateway the server started.
    const { email, password, identity, deviceApi } = await accountWithDevice(
      server,
      join(dir, "mail-outbox.jsonl"),
    );
    const device = listen(identity);
    expect(await until(() => device.connections() === 1, 10_000)).toBe(true);

    /** A browser signing in with the password, then asking for a push. */
    const signInWithPush = async () => {
      const browser = bearer(server);
      browser.keep(
        tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
      );
      return { browser, push: await browser.api.auth.startPush.mutate() };
    };
    const reached = (requestId: string) => device.received.some((r) => r.requestId === requestId);

    const first = await signInWithPush();
    expect(await until(() => reached(first.push.requestId), 10_000)).toBe(true);

    await redis.stop();
    // Down: the sign-in still starts its push; the device finds it by asking the server, and
    // its answer reaches the browser.
    const during = await signInWithPush();
    const waiting = await pendingRequests(deviceApi, identity);
    expect(waiting.map((r) => r.requestId)).toContain(during.push.requestId);
    await answerRequest(deviceApi, identity, during.push.requestId, "approve", during.push.number);
    expect(
      await during.browser.api.auth.pushResult.query({ requestId: during.push.requestId }),
    ).toEqual({ status: "approved" });
    await new Promise((r) => setTimeout(r, 1_000));

    await redis.start();
    // Back: the server's publisher and the gateway's subscription reconnect by themselves; a
    // new push is tried until one arrives (each waits up to 1 s).
    let delivered = false;
    for (let i = 0; i < 10 && !delivered; i += 1) {
      const after = await signInWithPush();
      delivered = await until(() => reached(after.push.requestId), 1_000);
    }
    expect(delivered).toBe(true);
    expect(server.child.exitCode).toBeNull();
    expect(device.connections()).toBe(1);
    // One line when Redis went and one when it came back: no unhandled errors, no stacks.
    expect(stderr).not.toMatch(/Unhandled error event|\n\s+at /);
  }, 90_000);
});
