// Scaled out through Redis and PostgreSQL: a device connected to one gateway answers a sign-in
// waited for on another server. Left out of the run without DATABASE_URL (vitest.config.ts).
import { randomBytes } from "node:crypto";
import { devicesUrl, readEnv, startServer, tokenOf } from "@twofold/test-stack";
import { createTestDatabaseURL } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import {
  accountWithDevice,
  bearer,
  cleanUp,
  cleanups,
  gatewayFor,
  listen,
  until,
} from "../test/gateway";
import { answerRequest } from "./node";
import { resolve } from "node:path";

afterAll(cleanUp);

describe("pushes through gateways, scaled out", () => {
  it("scaled out: two servers and two gateways on PostgreSQL and Redis; a device moves from gateway A to B", async () => {
    const database = await createTestDatabaseURL("postgres");
    cleanups.push(() => database.drop());
    const redisUrl = "redis://127.0.0.1:6379";
    const masterKey = randomBytes(32).toString("hex");
    const servers = await Promise.all(
      [1, 2].map(() =>
        startServer({
          env: readEnv({
            PORT: "0",
            LOG_LEVEL: "silent",
            DATABASE_URL: database.url,
            TWOFOLD_MASTER_KEY: masterKey,
            REDIS_URL: redisUrl,
          }),
        }),
      ),
    );
    const [serverA, serverB] = servers;
    if (!serverA || !serverB) throw new Error("servers did not start");
    cleanups.push(() => Promise.all(servers.map((s) => s.close())).then(() => undefined));
    const gatewayA = await gatewayFor(serverA, redisUrl);
    const gatewayB = await gatewayFor(serverB, redisUrl);

    const { email, password, identity, deviceApi } = await accountWithDevice(
      serverA,
      resolve("data", "mail-outbox.jsonl"),
    );
    identity.gatewayUrl = devicesUrl(gatewayA.url);
    const device = listen(identity);
    expect(await until(() => device.connections() === 1)).toBe(true);

    // The browser waits on server B; the device, connected to gateway A, answers server A.
    const browser = bearer(serverB);
    browser.keep(
      tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
    );
    const first = await browser.api.auth.startPush.mutate();
    expect(await until(() => device.received.some((r) => r.requestId === first.requestId))).toBe(
      true,
    );
    await answerRequest(deviceApi, identity, first.requestId, "approve", first.number);
    expect(await browser.api.auth.pushResult.query({ requestId: first.requestId })).toEqual({
      status: "approved",
    });
    browser.keep((await browser.api.auth.finishPush.mutate({ requestId: first.requestId })).token);

    // Gateway A goes down; the device reconnects (to B, as a load balancer would send it).
    identity.gatewayUrl = devicesUrl(gatewayB.url);
    await gatewayA.close();
    expect(await until(() => device.connections() === 2, 10_000)).toBe(true);
    const again = bearer(serverB);
    again.keep(tokenOf(await again.api.auth.signIn.mutate({ email, password, tokenInBody: true })));
    const second = await again.api.auth.startPush.mutate();
    expect(await until(() => device.received.some((r) => r.requestId === second.requestId))).toBe(
      true,
    );
  });
});
