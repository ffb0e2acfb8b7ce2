import { encodeSigned, type Delivery } from "@twofold/push-protocol";
import { startPushService, type HeldSubscription, type PushService } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { createWebPush } from "./web-push";

describe("Web Push delivery, received by a local push service", () => {
  let service: PushService;
  let subscription: HeldSubscription;
  beforeAll(async () => {
    service = await startPushService();
    subscription = service.subscription();
  });
  afterAll(() => service.close());

  it("sends the signed request encrypted for the device, urgent, for its remaining lifetime, with a VAPID contact", async () => {
    const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:security@example.org" };
    const now = Date.parse("2026-12-06T10:00:00.000Z");
    const send = createWebPush({
      vapid,
      subscriptionsOf: async (ids) => (ids.includes("device-1") ? [subscription] : []),
      now: () => now,
      agent: service.agent,
    });
    const request = {
      requestId: "0b6c7a4e-0000-4000-8000-000000000001",
      account: "person@example.org",
      ip: "203.0.113.7",
      userAgent: "Firefox on Windows",
      place: "Zurich, CH",
      createdAt: "2026-12-06T10:00:00.000Z",
      expiresAt: "2026-12-06T10:00:45.000Z",
      signature: "c2lnbmF0dXJl",
    };
    const delivery: Delivery = { kind: "twofold/delivery/v1", deviceIds: ["device-1"], request };
    await send?.(encodeSigned(delivery, () => "unchecked-here"));

    expect(service.received).toHaveLength(1);
    const [push] = service.received;
    expect(JSON.parse(push?.plaintext ?? "")).toEqual({ type: "request", request });
    expect(push?.headers.urgency).toBe("high");
    expect(push?.headers.ttl).toBe("45");
    expect(push?.headers["content-encoding"]).toBe("aes128gcm");
    // VAPID (RFC 8292): a JWT for this push service's origin, with the contact, and the key.
    const authorization = String(push?.headers.authorization);
    const [, jwt, key] = /^vapid t=([^,]+), k=(.+)$/.exec(authorization) ?? [];
    expect(key).toBe(vapid.publicKey);
    const claims: unknown = JSON.parse(
      Buffer.from(jwt?.split(".")[1] ?? "", "base64url").toString(),
    );
    expect(claims).toMatchObject({
      aud: new URL(subscription.endpoint).origin,
      sub: "mailto:security@example.org",
    });
  });

  it("is off without VAPID keys", () => {
    expect(createWebPush({ vapid: null, subscriptionsOf: async () => [], now: Date.now })).toBe(
      null,
    );
  });
});
