import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { SYNC_PROTOCOLS, type Twofold } from "@twofold/core";
import * as z from "zod";

const MAX_BODY = 4096;

const login = z.strictObject({
  user: z.string().max(254),
  password: z.string().max(1024),
  protocol: z.enum(Object.keys(SYNC_PROTOCOLS) as [keyof typeof SYNC_PROTOCOLS]),
  /** The person's device as the sync server saw it, and the tool's name when known. */
  ip: z.string().max(64).default(""),
  client: z.string().max(256).default(""),
});

/** Equal hashes of the two secrets: constant time whatever their lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * `POST /sync/check`: what mail, calendar and file servers ask before letting a sync tool in.
 * Authenticated with the service credential (`Authorization: Bearer <TWOFOLD_SYNC_SECRET>`);
 * takes `{user, password, protocol, ip?, client?}` as JSON and answers `{"result":"allow"}` or
 * `{"result":"deny","reason":...}` (200 both: the question was answered).
 */
export function createSyncCheckHandler(
  twofold: Twofold,
  secret: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (req.method !== "POST")
      return reply(res, 405, { error: { reason: "METHOD_NOT_SUPPORTED" } });
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Bearer ") || !sameSecret(auth.slice(7), secret))
      return reply(res, 401, { error: { reason: "UNAUTHENTICATED" } });
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      return reply(res, 415, { error: { reason: "UNSUPPORTED_MEDIA_TYPE" } });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return reply(res, 413, { error: { reason: "INPUT_TOO_LARGE" } });
      chunks.push(chunk as Buffer);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(res, 400, { error: { reason: "INVALID_INPUT" } });
    }
    const parsed = login.safeParse(body);
    if (!parsed.success) return reply(res, 400, { error: { reason: "INVALID_INPUT" } });
    const verdict = await twofold.appPasswords.checkSync(parsed.data);
    reply(
      res,
      200,
      verdict.allow ? { result: "allow" } : { result: "deny", reason: verdict.reason },
    );
  };
}
