import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTRPCRequestHandler } from "@twofold/api";
import { startLogWorker } from "./log-worker";
import { startMailWorker } from "./mail-worker";
import { createWitnessKeeper, witnessPath } from "./log-witness";
import { mailer } from "./mail";
import {
  createTwofold,
  DEFAULT_CONFIG,
  isServiceUnavailable,
  loadOrCreateMasterKey,
  parseMasterKey,
  type Clock,
  type RandomSource,
  type TwofoldConfig,
} from "@twofold/core";
import {
  createDatabase,
  MEMORY_URL,
  ping,
  type DatabaseHandle,
  type DatabaseKind,
} from "@twofold/db";
import type { Env } from "./env";
import { createLogger, type Logger } from "./logger";
import { isAddressInUse, portInUse } from "./ports";
import { createPushDelivery, type PushGatewayTarget } from "./push-gateway";
import { createEventBus } from "./event-bus";
import { geoLocator } from "./geoip";
import { smsConfig, smsSender } from "./sms";
import { createSyncCheckHandler } from "./sync-check";
import { createAuthenticatorHandler } from "./authenticator";
import { createStaticHandler, webDirExists } from "./static";
import { vapidFor } from "./vapid";
import { createWebPush } from "./web-push";

/** The WebSocket address devices connect to, from a gateway's http(s) address. */
export function devicesUrl(gatewayUrl: string): string {
  return `${gatewayUrl.replace(/^http/, "ws").replace(/\/+$/, "")}/devices`;
}

export interface StartOptions {
  env: Env;
  logger?: Logger;
  /** Tests and benches only: time, randomness and tunables of the engine. */
  clock?: Clock;
  random?: RandomSource;
  config?: Partial<TwofoldConfig>;
  /** An open database to use instead of the one the env names (tests); left open at close. */
  database?: DatabaseHandle;
}

/**
 * The push gateway, as /healthz tells it: "up" or "down" (the one `pnpm start` runs beside this
 * server), "off" (none: devices ask the server), "external" (TWOFOLD_GATEWAY_URL: run elsewhere).
 */
export type GatewayHealth = "up" | "down" | "off" | "external";

export interface RunningServer {
  url: string;
  databaseKind: DatabaseKind;
  /**
   * Where pushes go once a gateway runs beside this server (`pnpm start` starts one), and its
   * health (default: "up" with a target, "off" without). A down gateway may keep its address:
   * it comes back on the same port.
   */
  setPushGateway(target: PushGatewayTarget | null, health?: GatewayHealth): void;
  close(): Promise<void>;
}

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

/**
 * The master key: TWOFOLD_MASTER_KEY; or, embedded, a key file in the data folder. Several
 * servers on one PostgreSQL must share one key, so there a key file is refused, not guessed.
 */
export function masterKeyFor(env: Env, log: Logger, injectedDatabase: boolean): Buffer {
  if (env.TWOFOLD_MASTER_KEY) return parseMasterKey(env.TWOFOLD_MASTER_KEY);
  if (env.DATABASE_URL?.startsWith("postgres")) {
    throw new Error(
      "TWOFOLD_MASTER_KEY must be set when DATABASE_URL names PostgreSQL (every server needs the same key)",
    );
  }
  // An in-memory database dies with the process: so may its key.
  if (env.DATABASE_URL === MEMORY_URL || injectedDatabase) return randomBytes(32);
  const { key, created } = loadOrCreateMasterKey(resolve(env.TWOFOLD_DATA_DIR));
  if (created)
    log.warn({ dataDir: env.TWOFOLD_DATA_DIR }, "created a new master key file in the data folder");
  return key;
}

/** What an internal error may put in the logs: never a query's parameters (they hold data). */
function describeError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { error: typeof error };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (value: unknown): string | undefined =>
    typeof value === "object" && value !== null && "code" in value && typeof value.code === "string"
      ? value.code
      : undefined;
  return {
    name: error.name,
    message: error.message.split("\nparams:")[0]?.slice(0, 500) ?? "",
    ...(code(error) && { code: code(error) }),
    ...(cause && {
      cause: `${cause.name}: ${cause.message.split("\nparams:")[0]?.slice(0, 300) ?? ""}`,
    }),
    ...(code(cause) && { causeCode: code(cause) }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * What a browser on this machine opens: security keys work on a domain, not an IP address, so
 * a loopback address becomes localhost.
 */
export function addressToOpen(url: string): string {
  return url.replace(/^http:\/\/(127\.0\.0\.1|\[::1\])(?=:)/, "http://localhost");
}

/** The relying party of security keys, from the environment (defaults fit localhost). */
export function webauthnConfig(env: Env): TwofoldConfig["webauthn"] {
  const publicUrl = env.TWOFOLD_PUBLIC_URL ? new URL(env.TWOFOLD_PUBLIC_URL) : null;
  return {
    ...DEFAULT_CONFIG.webauthn,
    rpId: env.TWOFOLD_RP_ID ?? publicUrl?.hostname ?? "localhost",
    origins:
      env.TWOFOLD_ORIGINS.length > 0 ? env.TWOFOLD_ORIGINS : publicUrl ? [publicUrl.origin] : [],
    userVerification: env.TWOFOLD_KEY_USER_VERIFICATION,
  };
}

/** Opens the database, builds the engine and listens. Resolves once it accepts requests. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { env } = options;
  const log = options.logger ?? createLogger(env.LOG_LEVEL);
  // Before the database: an operator's unreadable location file is a configuration error.
  const geo = geoLocator(env.TWOFOLD_GEOIP_DB);
  const database =
    options.database ??
    (await createDatabase(env.DATABASE_URL, {
      dataDir: env.TWOFOLD_DATA_DIR,
      // Only the error's class and code: a driver message can quote a query's parameters.
      onConnectionError: (error) =>
        log.warn(
          { error: error.name, code: (error as { code?: unknown }).code },
          "database connection lost; the pool replaces it",
        ),
    }));
  const gatewayTarget: { current: PushGatewayTarget | null } = {
    current: env.TWOFOLD_GATEWAY_URL
      ? {
          deliverUrl: env.TWOFOLD_GATEWAY_URL,
          publicUrl: env.TWOFOLD_GATEWAY_PUBLIC_URL ?? devicesUrl(env.TWOFOLD_GATEWAY_URL),
        }
      : null,
  };
  let gatewayHealth: GatewayHealth = env.TWOFOLD_GATEWAY_URL ? "external" : "off";
  const delivery = createPushDelivery(env.REDIS_URL, gatewayTarget, log);
  // Embedded (PGlite) means one server: nothing to tell. On PostgreSQL, others may run.
  const bus = createEventBus(env.REDIS_URL, database.kind === "pglite", log);
  let webPush: ((signed: string) => Promise<void>) | null = null;
  const twofold = createTwofold({
    // The gateways (live connections) and Web Push (subscriptions) both get every request.
    deliverPush: async (signed) => {
      await Promise.allSettled([delivery.deliver(signed), webPush?.(signed)]);
    },
    db: database.db,
    geo,
    sms: smsSender(env),
    publish: (event) => bus.publish(event),
    // The provider's name, status and error code only: never the number or the text.
    onProviderError: (error) => log.warn(describeError(error), "an outside provider failed"),
    masterKey: masterKeyFor(env, log, options.database !== undefined),
    ...(options.clock && { clock: options.clock }),
    ...(options.random && { random: options.random }),
    mailer: mailer(env),
    config: {
      ...(env.TWOFOLD_PUBLIC_URL && { publicUrl: env.TWOFOLD_PUBLIC_URL.replace(/\/$/, "") }),
      webauthn: webauthnConfig(env),
      push: { ...DEFAULT_CONFIG.push, requestTtlMs: env.TWOFOLD_PUSH_TTL_SECONDS * 1000 },
      sms: smsConfig(env),
      // Without a bus a revocation could not reach the other servers' memory: no cache then.
      ...(!bus.shared && {
        appPasswordCache: { ...DEFAULT_CONFIG.appPasswordCache, entries: 0 },
      }),
      ...options.config,
    },
  });
  await bus.subscribe((event) => twofold.events.receive(event));
  const vapid = vapidFor(env, log, options.database !== undefined);
  webPush = createWebPush({
    vapid,
    subscriptionsOf: (ids) => twofold.push.webPushSubscriptions(ids),
    now: () => twofold.deps.clock.now().getTime(),
  });
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

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path === "/push/public-key") {
      // What gateways and devices check the server's signatures with (public by nature).
      json(res, 200, { publicKey: twofold.push.serverPublicKey() });
    } else if (path === "/healthz") {
      // A down gateway is "degraded" but 200: the server still works (devices fall back to
      // asking it), so a load balancer keeps it; monitoring sees the gateway field.
      const healthy = await ping(database.db).catch(() => false);
      const degraded = gatewayHealth === "down";
      json(res, healthy ? 200 : 503, {
        status: healthy ? (degraded ? "degraded" : "ok") : "unavailable",
        database: healthy ? database.kind : "down",
        gateway: gatewayHealth,
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

  let inFlight = 0;
  let drained: (() => void) | null = null;
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    inFlight += 1;
    res.on("finish", () => {
      const path = (req.url ?? "").split("?")[0];
      log.debug(
        {
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });
    // Back to the event loop first: PGlite answers without yielding, and without this a burst of
    // requests on busy connections starves new connections of their first response.
    setImmediate(
      () =>
        void handle(req, res)
          .catch((error: unknown) => {
            if (error instanceof URIError)
              return json(res, 400, { error: { reason: "INVALID_INPUT" } });
            // The database out of reach (the sync check's question, say): a temporary failure
            // that a mail server's checkpassword turns into "try later", never a deny.
            if (isServiceUnavailable(error) && !res.headersSent) {
              log.warn(describeError(error), "database unavailable: answered 503");
              return json(res, 503, { error: { reason: "SERVICE_UNAVAILABLE" } });
            }
            log.error(describeError(error), "request failed");
            if (!res.headersSent) json(res, 500, { error: { reason: "INTERNAL_ERROR" } });
            else res.destroy();
          })
          .finally(() => {
            inFlight -= 1;
            if (inFlight === 0) drained?.();
          }),
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done, failed) => {
    server.once("error", (error) =>
      failed(
        isAddressInUse(error) ? new Error(portInUse(env.PORT, "the server's", "PORT")) : error,
      ),
    );
    server.listen(env.PORT, env.HOST, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  log.info(
    {
      url,
      database: database.kind,
      web: serveStatic ? webDir : null,
      authenticator: webDirExists(authenticatorDir) ? authenticatorDir : null,
    },
    "Twofold is listening",
  );
  // Links in emails lead here unless TWOFOLD_PUBLIC_URL says where people open Twofold.
  if (!env.TWOFOLD_PUBLIC_URL) twofold.deps.config.publicUrl = addressToOpen(url);
  const logWorker = startLogWorker(
    twofold,
    log,
    createWitnessKeeper({
      path: witnessPath(env, { injectedDatabase: options.database !== undefined }),
      log,
      holds: (head) => twofold.securityLog.holds(head),
    }),
  );
  const mailWorker = startMailWorker(twofold, log);

  return {
    url,
    databaseKind: database.kind,
    setPushGateway: (target, health) => {
      gatewayTarget.current = target;
      gatewayHealth = health ?? (target ? "up" : "off");
    },
    close: async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      // A client that went away does not end its request's work: let it finish before the
      // database closes under it.
      if (inFlight > 0) {
        await new Promise<void>((done) => {
          drained = done;
          setTimeout(done, 5_000).unref();
        });
      }
      await logWorker.stop();
      await mailWorker.stop();
      delivery.close();
      bus.close();
      if (!options.database) await database.close();
    },
  };
}
