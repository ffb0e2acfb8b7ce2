// The engine a server runs: its database, the Twofold core on it, and what carries pushes and
// events between servers (gateways, Web Push, the event bus). No HTTP here.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import {
  createTwofold,
  DEFAULT_CONFIG,
  loadOrCreateMasterKey,
  parseMasterKey,
  type Clock,
  type RandomSource,
  type Twofold,
  type TwofoldConfig,
} from "@twofold/core";
import { createDatabase, MEMORY_URL, type DatabaseHandle } from "@twofold/db";
import { describeError } from "./describe-error";
import type { Env } from "./env";
import { createEventBus, type EventBus } from "./event-bus";
import { geoLocator } from "./geoip";
import type { Logger } from "./logger";
import { mailer } from "./mail";
import { createPushDelivery, type PushGatewayTarget } from "./push-gateway";
import { smsConfig, smsSender } from "./sms";
import { vapidFor, type VapidDetails } from "./vapid";
import { createWebPush } from "./web-push";

/** The WebSocket address devices connect to, from a gateway's http(s) address. */
export function devicesUrl(gatewayUrl: string): string {
  return `${gatewayUrl.replace(/^http/, "ws").replace(/\/+$/, "")}/devices`;
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

export interface Engine {
  database: DatabaseHandle;
  twofold: Twofold;
  /** Where pushes go to reach devices' live connections (null: no gateway). */
  gatewayTarget: { current: PushGatewayTarget | null };
  delivery: ReturnType<typeof createPushDelivery>;
  bus: EventBus;
  vapid: VapidDetails | null;
}

/** Opens the database (unless one is given) and builds the engine on it. */
export async function buildEngine(options: StartOptions, log: Logger): Promise<Engine> {
  const { env } = options;
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
    liveEvents: () => bus.live(),
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
      recovery: recoveryConfig(env.TWOFOLD_RECOVERY_WAIT_HOURS),
      syncServers: syncServersOf(env),
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
  return { database, twofold, gatewayTarget, delivery, bus, vapid };
}

/** The wait of an account recovery; its reminder a day before the end (a third of a short wait). */
function recoveryConfig(hours: number): { waitMs: number; reminderBeforeMs: number } {
  const waitMs = hours * 3_600_000;
  return { waitMs, reminderBeforeMs: Math.min(24 * 3_600_000, Math.floor(waitMs / 3)) };
}

/** The servers shown with a new application password: those the settings name. */
function syncServersOf(env: Env): TwofoldConfig["syncServers"] {
  const named = {
    imap: env.TWOFOLD_SYNC_IMAP,
    smtp: env.TWOFOLD_SYNC_SMTP,
    caldav: env.TWOFOLD_SYNC_CALDAV,
    carddav: env.TWOFOLD_SYNC_CARDDAV,
    webdav: env.TWOFOLD_SYNC_WEBDAV,
  };
  return Object.fromEntries(Object.entries(named).filter(([, server]) => server !== undefined));
}
