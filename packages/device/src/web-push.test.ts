// Web Push: a device without a live connection still gets the request, through its push service.
import { createECDH, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import type { IncomingHttpHeaders } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { readEnv, startServer } from "@twofold/server";
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
    // what the server sends it. Its certificate is self-signed, so this test's process (and
    // only it) accepts unknown certificates.
    const certDir = mkdtempSync(join(tmpdir(), "twofold-push-service-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-days",
        "1",
        "-keyout",
        join(certDir, "key.pem"),
        "-out",
        join(certDir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
    const received: { headers: IncomingHttpHeaders; bytes: number }[] = [];
    const tls = {
      key: readFileSync(join(certDir, "key.pem")),
      cert: readFileSync(join(certDir, "cert.pem")),
    };
    const service = createServer(tls, (req, res) => {
      let bytes = 0;
      req.on("data", (c: Buffer) => (bytes += c.length));
      req.on("end", () => {
        received.push({ headers: req.headers, bytes });
        res.writeHead(201);
        res.end();
      });
    });
    await new Promise<void>((r) => service.listen(0, "127.0.0.1", r));
    const { port } = service.address() as AddressInfo;

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
      token = (await api.auth.signUp.mutate({ email, password, tokenInBody: true })).token ?? null;
      const start = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
      const deviceApi = createApiClient({ url: `${server.url}/trpc` });
      const identity = await enrollDevice(deviceApi, server.url, {
        enrollmentCode: start.enrollmentCode,
        name: "Phone",
        platform: "android",
      });
      const subscriber = createECDH("prime256v1");
      subscriber.generateKeys();
      await subscribeWebPush(deviceApi, identity, {
        endpoint: `https://127.0.0.1:${port}/push/abc`,
        keys: {
          p256dh: subscriber.getPublicKey().toString("base64url"),
          auth: randomBytes(16).toString("base64url"),
        },
      });

      token = (await api.auth.signIn.mutate({ email, password, tokenInBody: true })).token ?? null;
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
      service.close();
      delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      rmSync(dir, { recursive: true, force: true });
      rmSync(certDir, { recursive: true, force: true });
    }
  });
});
