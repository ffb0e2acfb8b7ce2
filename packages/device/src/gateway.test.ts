// Pushes reach a connected device through the gateway (scaled out: gateway.scaled.test.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devicesUrl, readEnv, startServer, tokenOf } from "@twofold/test-stack";
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

afterAll(cleanUp);

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

    const { email, password, identity, deviceApi } = await accountWithDevice(
      server,
      join(dir, "mail-outbox.jsonl"),
    );
    expect(identity.gatewayUrl).toBe(devicesUrl(gateway.url));
    const device = listen(identity);
    expect(await until(() => device.connections() === 1)).toBe(true);

    const browser = bearer(server);
    browser.keep(
      tokenOf(await browser.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
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
});
