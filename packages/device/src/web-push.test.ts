// Web Push: a device without a live connection still gets the request, through its push service.
import { createECDH } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { readEnv, startServer, confirmedSignUp, tokenOf } from "@twofold/test-stack";
import { startPushService } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { enrollDevice, subscribeWebPush } from "./node";

/** A VAPID key pair as web-push expects it (P-256, base64url). */
function vapidKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    publicKey: ecdh.getPublicKey().toString("base64url"),
    privateKey: ecdh.getPrivateKey().toString("base64url"),
  };
}

describe("Web Push delivery", () => {
  it("sends each new request, encrypted, to the push service of a subscribed device", async () => {
    // The push service: a real local HTTPS server (web-push speaks only HTTPS) that records
    // what the server sends it. The server runs in this process, so this test's process (and
    // only it) accepts the service's self-signed certificate.
    const service = await startPushService();
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    const received = service.received;

    const vapid = vapidKeys();
    const dir = mkdtempSync(join(tmpdir(), "twofold-webpush-"));
    const server = await startServer({
      env: readEnv({
        PORT: "0",
        LOG_LEVEL: "silent",
        TWOFOLD_DATA_DIR: dir,
        TWOFOLD_WEB_DIR: join(dir, "none"),
        TWOFOLD_VAPID_PUBLIC_KEY: vapid.publicKey,
        TWOFOLD_VAPID_PRIVATE_KEY: vapid.privateKey,
        TWOFOLD_VAPID_SUBJECT: "mailto:security@example.ch",
      }),
    });
    try {
      let token: string | null = null;
      const api = createApiClient({ url: `${server.url}/trpc`, token: () => token });
      const email = `webpush.${Date.now()}@example.ch`;
      const password = "pushed while asleep";
      token = await confirmedSignUp(api, join(dir, "mail-outbox.jsonl"), { email, password });
      const start = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
      const deviceApi = createApiClient({ url: `${server.url}/trpc` });
      const identity = await enrollDevice(deviceApi, server.url, {
        enrollmentCode: start.enrollmentCode,
        name: "Phone",
        platform: "android",
      });
      const { endpoint, keys } = service.subscription();
      await subscribeWebPush(deviceApi, identity, { endpoint, keys });

      token = tokenOf(await api.auth.signIn.mutate({ email, password, tokenInBody: true }));
      await api.auth.startPush.mutate();
      for (let i = 0; i < 100 && received.length === 0; i += 1)
        await new Promise((r) => setTimeout(r, 20));
      expect(received).toHaveLength(1);
      const [push] = received;
      expect(push?.headers["content-encoding"]).toBe("aes128gcm");
      expect(push?.headers.authorization).toContain(`k=${vapid.publicKey}`);
      expect(push?.headers.ttl).toBe("60");
      expect(push?.bytes).toBeGreaterThan(100);
    } finally {
      await server.close();
      await service.close();
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
