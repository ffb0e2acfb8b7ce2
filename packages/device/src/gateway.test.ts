// Pushes reach a connected device through the gateway; scaled out through Redis and PostgreSQL.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { startGateway, type RunningGateway } from "@twofold/push-gateway";
import type { PushRequestView } from "@twofold/push-protocol";
import { devicesUrl, readEnv, startServer, type RunningServer } from "@twofold/server";
import { createTestDatabaseURL } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { answerRequest, connectGateway, enrollDevice, type DeviceIdentity } from "./index";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function bearer(server: RunningServer) {
  let token: string | null = null;
  const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
  return { api, keep: (t?: string) => (token = t ?? token) };
}

async function gatewayFor(server: RunningServer, redisUrl?: string): Promise<RunningGateway> {
  const { publicKey } = (await (await fetch(`${server.url}/push/public-key`)).json()) as {
    publicKey: Record<string, string>;
  };
  const gateway = await startGateway({ serverPublicKey: publicKey, ...(redisUrl && { redisUrl }) });
  cleanups.push(() => gateway.close());
  return gateway;
}

/** Signs up on `server`, enrolls a device there; returns the device and its account. */
async function accountWithDevice(server: RunningServer) {
  const email = `gw.${Date.now()}.${randomBytes(2).toString("hex")}@example.ch`;
  const password = "pushed through a gateway";
  const owner = bearer(server);
  owner.keep((await owner.api.auth.signUp.mutate({ email, password, tokenInBody: true })).token);
  const start = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
  const deviceApi = createApiClient({ url: `${server.url}/trpc` });
  const identity = await enrollDevice(deviceApi, server.url, {
    enrollmentCode: start.enrollmentCode,
    name: "Phone",
    platform: "test",
  });
  return { email, password, identity, deviceApi };
}

function listen(identity: DeviceIdentity) {
  const received: PushRequestView[] = [];
  let connected = 0;
  const connection = connectGateway(identity, {
    onRequest: (r) => received.push(r),
    onState: (s) => (connected += s === "connected" ? 1 : 0),
  });
  cleanups.push(() => connection.close());
  return { received, connections: () => connected };
}

const until = async (check: () => boolean, ms = 5_000) => {
  for (let t = 0; t < ms && !check(); t += 20) await new Promise((r) => setTimeout(r, 20));
  return check();
};

describe("pushes through the gateway", () => {
  it("a request reaches the connected device at once, signed by the server", async () => {
    const dir = mkdtempSync(join(tmpdir(), "twofold-gw-"));
    const server = await startServer({
      env: readEnv({
        PORT: "0",
        LOG_LEVEL: "silent",
        TWOFOLD_DATA_DIR: dir,
        TWOFOLD_WEB_DIR: join(dir, "none"),
      }),
    });
    cleanups.push(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const gateway = await gatewayFor(server);
    server.setPushGateway({ deliverUrl: gateway.url, publicUrl: devicesUrl(gateway.url) });

    const { email, password, identity, deviceApi } = await accountWithDevice(server);
    expect(identity.gatewayUrl).toBe(devicesUrl(gateway.url));
    const device = listen(identity);
    expect(await until(() => device.connections() === 1)).toBe(true);

    const browser = bearer(server);
    browser.keep(
      (await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })).token,
    );
    const push = await browser.api.auth.startPush.mutate();
    await until(() => device.received.length === 1);
    expect(device.received.length).toBe(1);
    expect(device.received[0]?.requestId).toBe(push.requestId);
    await answerRequest(deviceApi, identity, push.requestId, "approve", push.number);
    expect(await browser.api.auth.pushResult.query({ requestId: push.requestId })).toEqual({
      status: "approved",
    });
  });

  it.runIf(process.env.DATABASE_URL)(
    "scaled out: two servers and two gateways on PostgreSQL and Redis; a device moves from gateway A to B",
    async () => {
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

      const { email, password, identity, deviceApi } = await accountWithDevice(serverA);
      identity.gatewayUrl = devicesUrl(gatewayA.url);
      const device = listen(identity);
      expect(await until(() => device.connections() === 1)).toBe(true);

      // The browser waits on server B; the device, connected to gateway A, answers server A.
      const browser = bearer(serverB);
      browser.keep(
        (await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })).token,
      );
      const first = await browser.api.auth.startPush.mutate();
      expect(await until(() => device.received.some((r) => r.requestId === first.requestId))).toBe(
        true,
      );
      await answerRequest(deviceApi, identity, first.requestId, "approve", first.number);
      expect(await browser.api.auth.pushResult.query({ requestId: first.requestId })).toEqual({
        status: "approved",
      });
      browser.keep(
        (await browser.api.auth.finishPush.mutate({ requestId: first.requestId })).token,
      );

      // Gateway A goes down; the device reconnects (to B, as a load balancer would send it).
      identity.gatewayUrl = devicesUrl(gatewayB.url);
      await gatewayA.close();
      expect(await until(() => device.connections() === 2, 10_000)).toBe(true);
      const again = bearer(serverB);
      again.keep(
        (await again.api.auth.signIn.mutate({ email, password, tokenInBody: true })).token,
      );
      const second = await again.api.auth.startPush.mutate();
      expect(await until(() => device.received.some((r) => r.requestId === second.requestId))).toBe(
        true,
      );
    },
  );
});
