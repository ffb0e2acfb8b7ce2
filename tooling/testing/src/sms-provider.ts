import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedSms {
  provider: "twilio" | "webhook";
  to: string;
  body: string;
  /** Twilio: From or MessagingServiceSid. */
  from: string;
}

export interface SmsProviderServer {
  /** http://127.0.0.1:<port>: Twilio's base URL; the webhook is at `${url}/webhook`. */
  url: string;
  twilio: { accountSid: string; authToken: string };
  webhookSecret: string;
  /** Messages accepted, oldest first. */
  received: ReceivedSms[];
  /** The next `count` requests are refused with this HTTP status (Twilio's error body). */
  failNext: (count: number, status?: number) => void;
  /** The next `count` requests are read and never answered (a provider that hangs). */
  hangNext: (count: number) => void;
  /** Stops listening (connections refused) and drops open ones; `start` listens again, same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** The six-digit code of the latest message to this number. */
  lastCode: (to: string) => string;
  close: () => Promise<void>;
}

const SID = "AC00000000000000000000000000000001";

/**
 * A real local HTTP server speaking the two provider APIs Twofold sends through: Twilio's
 * Messages REST API (Basic auth, form-encoded, 201 with a message resource, Twilio error
 * bodies) and the generic webhook (JSON, HMAC signature). It can fail on demand.
 */
export async function startSmsProvider(): Promise<SmsProviderServer> {
  const authToken = "test-auth-token";
  const webhookSecret = "test-webhook-secret";
  const received: ReceivedSms[] = [];
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let hangs = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    if (hangs > 0) {
      hangs -= 1;
      return;
    }
    if (failures.count > 0) {
      failures = { ...failures, count: failures.count - 1 };
      return twilioError(
        res,
        failures.status,
        failures.status === 429 ? 20429 : 20500,
        "Failing on demand",
      );
    }
    const path = req.url ?? "";
    if (req.method === "POST" && path === `/2010-04-01/Accounts/${SID}/Messages.json`) {
      const expected = `Basic ${Buffer.from(`${SID}:${authToken}`).toString("base64")}`;
      if (req.headers.authorization !== expected)
        return twilioError(res, 401, 20003, "Authenticate");
      const form = new URLSearchParams(raw);
      const to = form.get("To") ?? "";
      const body = form.get("Body") ?? "";
      const from = form.get("From") ?? form.get("MessagingServiceSid") ?? "";
      if (!/^\+\d{8,15}$/.test(to))
        return twilioError(res, 400, 21211, "Invalid 'To' Phone Number");
      if (from === "") return twilioError(res, 400, 21603, "A 'From' phone number is required.");
      if (body === "") return twilioError(res, 400, 21602, "Message body is required.");
      received.push({ provider: "twilio", to, body, from });
      res.writeHead(201, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          sid: `SM${String(received.length).padStart(32, "0")}`,
          account_sid: SID,
          to,
          from,
          body,
          status: "queued",
          num_segments: "1",
        }),
      );
      return;
    }
    if (req.method === "POST" && path === "/webhook") {
      if (!validSignature(String(req.headers["x-twofold-signature"] ?? ""), raw, webhookSecret))
        return twilioError(res, 401, 401, "Bad signature");
      const message = JSON.parse(raw) as { to?: unknown; body?: unknown };
      if (typeof message.to !== "string" || typeof message.body !== "string")
        return twilioError(res, 400, 400, "to and body are required");
      received.push({ provider: "webhook", to: message.to, body: message.body, from: "" });
      res.writeHead(202, { "content-type": "application/json" });
      res.end("{}");
      return;
    }
    twilioError(res, 404, 20404, "Not found");
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => twilioError(res, 500, 20500, "Internal error"));
  });
  const listen = (at: number) =>
    new Promise<void>((resolve) => server.listen(at, "127.0.0.1", resolve));
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      if (server.listening) server.close(() => resolve());
      else resolve();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    twilio: { accountSid: SID, authToken },
    webhookSecret,
    received,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    hangNext(count) {
      hangs = count;
    },
    stop,
    start: () => listen(port),
    lastCode(to) {
      const message = received.filter((m) => m.to === to).at(-1);
      const code = message?.body.match(/\b(\d{6})\b/)?.[1];
      if (!code) throw new Error(`no code was sent to ${to}`);
      return code;
    },
    close: stop,
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function twilioError(res: ServerResponse, status: number, code: number, message: string): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status,
    }),
  );
}

/** t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">, within five minutes. */
function validSignature(header: string, body: string, secret: string): boolean {
  const parts = Object.fromEntries(
    header.split(",").map((p) => p.split("=", 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isFinite(t) || Math.abs(Date.now() / 1000 - t) > 300 || !parts.v1) return false;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
