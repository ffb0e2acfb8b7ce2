// A local push service for tests: HTTPS (push services speak nothing else) with a certificate
// made here, receiving what the server's Web Push sends, decrypting it with the subscription's
// keys (RFC 8291, aes128gcm, with the http_ece library the web-push library uses).
import { execFileSync } from "node:child_process";
import { createECDH, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ece from "http_ece";

export interface ReceivedPush {
  headers: Record<string, string | string[] | undefined>;
  /** The decrypted message. */
  text: string;
}

export interface LocalPushService {
  subscription: { endpoint: string; keys: { p256dh: string; auth: string } };
  /** Trusts the service's certificate (what the server's Web Push sends through). */
  agent: Agent;
  received: ReceivedPush[];
  close: () => Promise<void>;
}

export async function startLocalPushService(): Promise<LocalPushService> {
  const dir = mkdtempSync(join(tmpdir(), "twofold-push-service-"));
  const [key, cert] = [join(dir, "key.pem"), join(dir, "cert.pem")];
  execFileSync("openssl", [
    ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
    ...["-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"],
    ...["-addext", "subjectAltName=IP:127.0.0.1"],
  ]);
  const tls = { key: readFileSync(key), cert: readFileSync(cert) };
  rmSync(dir, { recursive: true, force: true });
  const receiver = createECDH("prime256v1");
  receiver.generateKeys();
  const auth = randomBytes(16);
  const received: ReceivedPush[] = [];
  const server: Server = createServer(tls, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = ece
        .decrypt(Buffer.concat(chunks), {
          version: "aes128gcm",
          privateKey: receiver,
          authSecret: auth.toString("base64url"),
        })
        .toString("utf8");
      received.push({ headers: req.headers, text });
      res.writeHead(201);
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    subscription: {
      endpoint: `https://127.0.0.1:${port}/push/device-1`,
      keys: {
        p256dh: receiver.getPublicKey().toString("base64url"),
        auth: auth.toString("base64url"),
      },
    },
    agent: new Agent({ ca: tls.cert }),
    received,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
