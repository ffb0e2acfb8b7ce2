import type { IncomingMessage, ServerResponse } from "node:http";
import { responseControl } from "@twofold/api";
import { isServiceUnavailable, type Twofold } from "@twofold/core";
import type { KoaContextWithOIDC } from "oidc-provider";
import type { Logger } from "../logger";
import type { OidcClient } from "./clients";
import { createInteractionHandler } from "./interaction";
import { startLogoutWorker } from "./logouts";
import { createProvider, sessionLookup } from "./provider";

/** The provider's pages may post a form to an app's logout URI and style themselves. */
const OIDC_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'";

export interface RunningOidc {
  /** Answers the request when it is the provider's (true), else leaves it (false). */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Sends the due back-channel logouts now. */
  flushLogouts: () => Promise<void>;
  stop: () => Promise<void>;
}

export interface OidcOptions {
  twofold: Twofold;
  issuer: string;
  clients: OidcClient[];
  secure: boolean;
  trustProxy: boolean;
  clientIp: (req: IncomingMessage) => string;
  log: Logger;
}

/**
 * Twofold as the account manager's OpenID Connect provider: discovery at the root, the
 * endpoints under /oidc/, the login and consent steps handed to the web app, and the worker
 * that tells apps their sign-in ended.
 */
export async function startOidc(options: OidcOptions): Promise<RunningOidc> {
  const { twofold, issuer, clients, secure, log } = options;
  const provider = await createProvider({
    twofold,
    issuer,
    clients,
    secure,
    trustProxy: options.trustProxy,
  });
  // A client oidc-provider refuses (its own checks) stops the start, named.
  for (const client of clients) {
    try {
      await provider.Client.find(client.client_id);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new Error(`TWOFOLD_OIDC_CLIENTS: client ${client.client_id}: ${why}`);
    }
  }
  const unavailable = new WeakSet<object>();
  provider.on("server_error", (ctx: { req: object }, error: unknown) => {
    if (isServiceUnavailable(error)) unavailable.add(ctx.req);
    else
      log.error(
        { why: error instanceof Error ? error.message : String(error) },
        "OpenID Connect provider error",
      );
  });
  // A database out of reach is a 503 ("try again"), never a 500.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status === 500 && unavailable.has(ctx.req)) {
      ctx.status = 503;
      if (ctx.type === "application/json")
        ctx.body = { error: "temporarily_unavailable", error_description: "SERVICE_UNAVAILABLE" };
    }
  });
  // "Sign out of Twofold?" answered yes at an app's logout: the Twofold session of this browser
  // ends too (and with it every app it signed in to, told by back-channel logout).
  const session = sessionLookup(twofold, secure);
  provider.use(async (ctx, next) => {
    await next();
    const { oidc } = ctx as unknown as Partial<KoaContextWithOIDC>;
    const confirmed = oidc?.route === "end_session_confirm" && oidc.params?.logout;
    if (!confirmed || ctx.status >= 400) return;
    const current = await session(ctx.req);
    if (!current) return;
    await twofold.sessions.end(current, {
      ip: options.clientIp(ctx.req),
      userAgent: String(ctx.req.headers["user-agent"] ?? "").slice(0, 512),
    });
    responseControl(ctx.res, secure).clearSessionCookie();
  });
  const callback = provider.callback();
  const interactions = createInteractionHandler({
    provider,
    twofold,
    clients: new Map(clients.map((c) => [c.client_id, c])),
    session,
    clientIp: options.clientIp,
    origin: new URL(issuer).origin,
  });
  const logouts = startLogoutWorker(twofold, provider, log);
  return {
    handle: async (req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      if (path !== "/.well-known/openid-configuration" && !path.startsWith("/oidc/")) return false;
      res.setHeader("content-security-policy", OIDC_CSP);
      if (path.startsWith("/oidc/interaction/")) await interactions(req, res);
      else await callback(req, res);
      return true;
    },
    flushLogouts: logouts.flush,
    stop: logouts.stop,
  };
}
