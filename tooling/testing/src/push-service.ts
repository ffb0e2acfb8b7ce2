// A local push service: what Google's or Apple's would be for a real phone. A real HTTPS server
// (web-push speaks nothing else) on a self-signed certificate that a server process is told to
// trust (NODE_EXTRA_CA_CERTS, only for that child process) or an in-process sender is handed
// (`agent`); it receives the server's real encrypted Web Push (RFC 8291, aes128gcm) and
// decrypts it with the keys of a subscription the test made.
import { createECDH, randomBytes, type ECDH } from "node:crypto";
import { execFileSync } from "node:child_process";
import type { IncomingHttpHeaders } from "node:http";
import { Agent, createServer, type Server } from "node:https";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";

/** RFC 8188 decryption, as web-push encrypts (http_ece ships no types: this is what we use). */
interface DecryptParams {
  version: "aes128gcm";
  /** The receiver's key pair: the subscription's `p256dh`. */
  privateKey: ECDH;
  /** The subscription's `auth` secret (base64url). */
  authSecret: string;
}
const { decrypt } = createRequire(import.meta.url)("http_ece") as {
  decrypt: (buffer: Buffer, params: DecryptParams) => Buffer;
};

/** A push subscription whose private half the test holds (a browser keeps it for a real phone). */
export interface HeldSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** The receiver's P-256 key pair (p256dh is its public point). */
  ecdh: ECDH;
}

export interface ReceivedPush {
  /** The endpoint path it was posted to (one per subscription). */
  path: string;
  headers: IncomingHttpHeaders;
  /** The decrypted message, as the browser would hand it to the service worker. */
  plaintext: string;
  /** The size of the encrypted body as posted. */
  bytes: number;
}

export interface PushService {
  /** The certificate to trust (a PEM file): give it to the server as NODE_EXTRA_CA_CERTS. */
  certFile: string;
  /** Trusts the certificate: for a sender in the test's own process. */
  agent: Agent;
  origin: string;
  /** Every push received so far, oldest first (those `nextPush` handed out too). */
  received: ReceivedPush[];
  /** A new subscription on this service, its keys made here. */
  subscription(): HeldSubscription;
  /** Resolves with the next push posted to that subscription's endpoint (timeout: rejects). */
  nextPush(subscription: HeldSubscription, timeoutMs?: number): Promise<ReceivedPush>;
  close(): Promise<void>;
}

function selfSignedCertificate(dir: string): { key: Buffer; cert: Buffer; certFile: string } {
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
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
      // Node checks an IP address against the certificate's subjectAltName only.
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-days",
      "1",
      "-keyout",
      keyFile,
      "-out",
      certFile,
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), certFile };
}

export async function startPushService(): Promise<PushService> {
  const dir = mkdtempSync(join(tmpdir(), "twofold-push-service-"));
  const { key, cert, certFile } = selfSignedCertificate(dir);
  const subscriptions = new Map<string, HeldSubscription>();
  const received: ReceivedPush[] = [];
  const unclaimed: ReceivedPush[] = [];
  const waiting: { path: string; resolve: (push: ReceivedPush) => void }[] = [];

  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "";
      const subscription = subscriptions.get(path);
      if (req.method !== "POST" || !subscription) {
        res.writeHead(404);
        res.end();
        return;
      }
      const body = Buffer.concat(chunks);
      const plaintext = decrypt(body, {
        version: "aes128gcm",
        privateKey: subscription.ecdh,
        authSecret: subscription.keys.auth,
      }).toString("utf8");
      const push = { path, headers: req.headers, plaintext, bytes: body.length };
      received.push(push);
      const waiter = waiting.findIndex((w) => w.path === path);
      if (waiter >= 0) waiting.splice(waiter, 1)[0]?.resolve(push);
      else unclaimed.push(push);
      // What real push services answer: created.
      res.writeHead(201);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    certFile,
    agent: new Agent({ ca: cert }),
    origin,
    received,
    subscription: () => {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const path = `/push/${randomBytes(12).toString("base64url")}`;
      const held = {
        endpoint: `${origin}${path}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString("base64url"),
          auth: randomBytes(16).toString("base64url"),
        },
        ecdh,
      };
      subscriptions.set(path, held);
      return held;
    },
    nextPush: (subscription, timeoutMs = 15_000) => {
      const path = new URL(subscription.endpoint).pathname;
      const ready = unclaimed.findIndex((p) => p.path === path);
      if (ready >= 0) {
        const [push] = unclaimed.splice(ready, 1);
        if (push) return Promise.resolve(push);
      }
      return new Promise((resolve, reject) => {
        const waiter = { path, resolve };
        waiting.push(waiter);
        setTimeout(() => {
          const at = waiting.indexOf(waiter);
          if (at < 0) return;
          waiting.splice(at, 1);
          reject(new Error(`no push reached ${path} within ${timeoutMs} ms`));
        }, timeoutMs).unref();
      });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
