import { generateKeyPairSync, sign } from "node:crypto";
import { encodeSigned, type PushRequestView } from "@twofold/push-protocol";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { DELIVERY_CHANNEL, startGateway, type RunningGateway } from "./gateway";

/** Stands in for the server's signing key: the gateway only ever sees its public half. */
function serverKey() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const signText = (text: string) =>
    sign("sha256", Buffer.from(text), { key: privateKey, dsaEncoding: "ieee-p1363" }).toString(
      "base64url",
    );
  return { publicKey: publicKey.export({ format: "jwk" }), signText };
}

const request: PushRequestView = {
  requestId: "00000000-0000-4000-8000-000000000001",
  account: "a@b.ch",
  ip: "203.0.113.7",
  userAgent: "Firefox",
  place: "Zurich, CH",
  createdAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 60_000).toISOString(),
  signature: "server-signature",
};

const ticket = (
  signText: (t: string) => string,
  deviceId: string,
  exp = new Date(Date.now() + 60_000),
) =>
  encodeSigned({ kind: "twofold/gateway-ticket/v1", deviceId, exp: exp.toISOString() }, signText);
const delivery = (signText: (t: string) => string, deviceIds: string[]) =>
  encodeSigned({ kind: "twofold/delivery/v1", deviceIds, request }, signText);

/** Connects as a device; resolves with its socket and the messages it receives. */
async function connect(gateway: RunningGateway, t: string) {
  const ws = new WebSocket(
    `${gateway.url.replace("http", "ws")}/devices?ticket=${encodeURIComponent(t)}`,
  );
  const messages: unknown[] = [];
  ws.on("message", (d: Buffer) => messages.push(JSON.parse(d.toString("utf8"))));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode ?? 0}`)));
    ws.once("error", reject);
  });
  return { ws, messages };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
  return check();
};

const gateways: RunningGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
});

describe("the push gateway", () => {
  it("lets in a device with a ticket the server signed, and delivers signed requests to it", async () => {
    const key = serverKey();
    const gateway = await startGateway({ serverPublicKey: key.publicKey });
    gateways.push(gateway);
    const device = await connect(gateway, ticket(key.signText, "device-1"));
    await until(() => device.messages.length > 0);
    expect(device.messages[0]).toEqual({ type: "hello", deviceId: "device-1" });
    const res = await fetch(`${gateway.url}/deliver`, {
      method: "POST",
      body: delivery(key.signText, ["device-1", "other"]),
    });
    expect(await res.json()).toEqual({ delivered: 1 });
    expect(await until(() => device.messages.length === 2)).toBe(true);
    expect(device.messages[1]).toEqual({ type: "request", request });
    device.ws.close();
  });

  it("refuses a forged or expired ticket, and a delivery the server did not sign", async () => {
    const key = serverKey();
    const forger = serverKey();
    const gateway = await startGateway({ serverPublicKey: key.publicKey });
    gateways.push(gateway);
    await expect(connect(gateway, ticket(forger.signText, "device-1"))).rejects.toThrow(/401/);
    await expect(
      connect(gateway, ticket(key.signText, "device-1", new Date(Date.now() - 1000))),
    ).rejects.toThrow(/401/);
    const device = await connect(gateway, ticket(key.signText, "device-1"));
    const res = await fetch(`${gateway.url}/deliver`, {
      method: "POST",
      body: delivery(forger.signText, ["device-1"]),
    });
    expect(res.status).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    expect(device.messages).toHaveLength(1); // only the hello
    device.ws.close();
  });

  it("a port in use is an error the caller gets (its code EADDRINUSE), not a crash", async () => {
    const key = serverKey();
    const first = await startGateway({ serverPublicKey: key.publicKey });
    gateways.push(first);
    const port = Number(new URL(first.url).port);
    await expect(startGateway({ serverPublicKey: key.publicKey, port })).rejects.toMatchObject({
      code: "EADDRINUSE",
    });
    // The first one still serves.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  it("scaled out: every gateway hears a delivery published on Redis", async () => {
    const key = serverKey();
    const redisUrl = "redis://127.0.0.1:6379";
    const a = await startGateway({ serverPublicKey: key.publicKey, redisUrl });
    const b = await startGateway({ serverPublicKey: key.publicKey, redisUrl });
    gateways.push(a, b);
    const onA = await connect(a, ticket(key.signText, "phone"));
    const onB = await connect(b, ticket(key.signText, "laptop"));
    const publisher = new Redis(redisUrl);
    await publisher.publish(DELIVERY_CHANNEL, delivery(key.signText, ["phone", "laptop"]));
    publisher.disconnect();
    expect(await until(() => onA.messages.length === 2 && onB.messages.length === 2)).toBe(true);
    onA.ws.close();
    onB.ws.close();
  });
});
