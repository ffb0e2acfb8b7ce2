import type { IncomingMessage, ServerResponse } from "node:http";

/** Answers like a tRPC error (so clients read `data.reason`), before any procedure runs. */
function refuse(res: ServerResponse, status: number, reason: string): true {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(
    JSON.stringify({
      error: {
        message: reason,
        code: -32000 - status,
        data: { code: reason, httpStatus: status, reason },
      },
    }),
  );
  return true;
}

/**
 * CSRF, first fence: a page on another site can send a form (urlencoded, multipart) or a
 * body-only `fetch` (text/plain, or no type at all) without asking first; only
 * `application/json` makes the browser ask (CORS preflight, which this server never grants). So
 * a POST must say JSON, or it is refused, even for a procedure that takes no input.
 */
export function refuseUnlessJSON(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST") return false;
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") return false;
  return refuse(res, 415, "UNSUPPORTED_MEDIA_TYPE");
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * CSRF, second fence: a browser says where a request comes from. `Sec-Fetch-Site` other than
 * same-origin (or none: typed in, a bookmark) and an `Origin` that is neither this host nor one
 * listed are refused. Clients that are not browsers (the terminal app, curl) send neither.
 */
export function refuseCrossSite(
  req: IncomingMessage,
  res: ServerResponse,
  allowedOrigins: readonly string[],
): boolean {
  if (req.method !== "POST") return false;
  const site = headerValue(req, "sec-fetch-site");
  if (site !== undefined && site !== "same-origin" && site !== "none")
    return refuse(res, 403, "CROSS_SITE_REQUEST");
  const origin = headerValue(req, "origin");
  if (origin === undefined) return false;
  if (allowedOrigins.includes(origin)) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return refuse(res, 403, "CROSS_SITE_REQUEST");
  }
  if (origin !== "null" && host === headerValue(req, "host")) return false;
  return refuse(res, 403, "CROSS_SITE_REQUEST");
}
