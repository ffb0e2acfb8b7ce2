// What the server answers to each HTTP request: the API, health, the gateways' public key, the
// mail server's sync check and the front ends' files, each with the security headers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTRPCRequestHandler } from "@twofold/api";
import { isServiceUnavailable } from "@twofold/core";
import { ping } from "@twofold/db";
import { createAuthenticatorHandler } from "./authenticator";
import { describeError } from "./describe-error";
import { eventText } from "./event-text";
import type { Engine } from "./engine";
import type { Env } from "./env";
import type { Logger } from "./logger";
import { createStaticHandler, webDirExists } from "./static";
import { createSyncCheckHandler } from "./sync-check";

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

/**
 * Sent when people open Twofold over HTTPS: browsers then refuse plain HTTP to it for two years
 * (the figure hstspreload.org and Mozilla's guidelines ask for), so a network attacker cannot
 * strip TLS from a later visit and read a password or a session cookie. Subdomains of Twofold's
 * own host are included; `preload` is not: it commits the whole domain in browsers' built-in
 * lists for months, a choice for the domain's owner, not a default.
 */
const HSTS = "max-age=63072000; includeSubDomains";

/** Shown at / until the web app is built: says what runs and where the API is. */
const LANDING = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Twofold</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1>Twofold is running</h1>
<p>The two-step verification API answers at <code>/trpc</code>; <a href="/healthz">/healthz</a> tells its health.
The web settings app is not built in this installation yet.</p></body></html>`;

/** A front end's build beside this app: from src/ (tests, dev) or dist/ (built), apps/<app>/dist. */
function defaultAppDir(app: "web" | "authenticator"): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", app, "dist");
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * The push gateway, as /healthz tells it: "up" or "down" (the one `pnpm start` runs beside this
 * server), "off" (none: devices ask the server), "external" (TWOFOLD_GATEWAY_URL: run elsewhere).
 */
export type GatewayHealth = "up" | "down" | "off" | "external";

export interface HTTPHandler {
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** The front ends' folders it serves (null: not built), for the start-up log line. */
  webDir: string | null;
  authenticatorDir: string | null;
  /** The address a request came from (behind a trusted proxy: the proxy's X-Forwarded-For). */
  clientIp: (req: IncomingMessage) => string;
  /** Adds the OpenID Connect provider (its handler answers true for its own paths). */
  attachOidc: (handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>) => void;
}

/** The request handler over `engine`; `gatewayHealth` is read at each /healthz. */
export function createHTTPHandler(
  env: Env,
  engine: Engine,
  log: Logger,
  gatewayHealth: () => GatewayHealth,
): HTTPHandler {
  const { twofold, database, gatewayTarget, vapid } = engine;
  const secureCookies = env.TWOFOLD_PUBLIC_URL?.startsWith("https://") ?? false;
  const securityHeaders = secureCookies
    ? { ...SECURITY_HEADERS, "strict-transport-security": HSTS }
    : SECURITY_HEADERS;
  const clientIp = (req: IncomingMessage): string => {
    // The last entry is the one our proxy added; earlier ones are whatever the client sent.
    const forwarded = env.TWOFOLD_TRUST_PROXY ? req.headers["x-forwarded-for"] : undefined;
    const last = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
    return last || req.socket.remoteAddress || "";
  };
  const trpc = createTRPCRequestHandler({
    deps: {
      twofold,
      get pushGatewayUrl() {
        return gatewayTarget.current?.publicUrl ?? null;
      },
      vapidPublicKey: vapid?.publicKey ?? null,
      describeEvent: eventText,
    },
    secureCookies,
    clientIp,
    allowedOrigins: twofold.deps.config.webauthn.origins,
    onInternalError: (error, path) =>
      isServiceUnavailable(error)
        ? log.warn({ ...describeError(error), path }, "database unavailable: answered 503")
        : log.error({ ...describeError(error), path }, "internal error"),
  });
  const syncCheck = env.TWOFOLD_SYNC_SECRET
    ? createSyncCheckHandler(twofold, env.TWOFOLD_SYNC_SECRET)
    : null;
  const webDir = env.TWOFOLD_WEB_DIR ?? defaultAppDir("web");
  const serveStatic = webDirExists(webDir) ? createStaticHandler(webDir) : null;
  const authenticatorDir = env.TWOFOLD_AUTHENTICATOR_DIR ?? defaultAppDir("authenticator");
  const serveAuthenticator = createAuthenticatorHandler(
    authenticatorDir,
    () => gatewayTarget.current?.publicUrl ?? null,
  );

  let oidc: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | null = null;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (oidc && (await oidc(req, res))) return;
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/push/public-key") {
      // What gateways and devices check the server's signatures with (public by nature).
      json(res, 200, { publicKey: twofold.push.serverPublicKey() });
    } else if (path === "/healthz") {
      // A down gateway is "degraded" but 200: the server still works (devices fall back to
      // asking it), so a load balancer keeps it; monitoring sees the gateway field.
      const healthy = await ping(database.db).catch(() => false);
      const degraded = gatewayHealth() === "down";
      json(res, healthy ? 200 : 503, {
        status: healthy ? (degraded ? "degraded" : "ok") : "unavailable",
        database: healthy ? database.kind : "down",
        gateway: gatewayHealth(),
      });
    } else if (path === "/sync/check" && syncCheck) {
      await syncCheck(req, res);
    } else if (path.startsWith("/trpc/")) {
      await trpc(req, res);
    } else if (serveAuthenticator(req, res)) {
      return;
    } else if (serveStatic?.(req, res)) {
      return;
    } else if (path === "/" && (req.method === "GET" || req.method === "HEAD")) {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(LANDING);
    } else {
      json(res, 404, { error: { reason: "NOT_FOUND" } });
    }
  };
  return {
    handle,
    webDir: serveStatic ? webDir : null,
    authenticatorDir: webDirExists(authenticatorDir) ? authenticatorDir : null,
    clientIp,
    attachOidc: (handler) => {
      oidc = handler;
    },
  };
}
