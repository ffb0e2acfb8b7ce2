import { randomBytes } from "node:crypto";
import type { Database } from "@twofold/db";
import { DEFAULT_CONFIG, type TwofoldConfig } from "./config";
import { deriveKeys, type Keys } from "./crypto/keys";
import { createDecoyHash } from "./crypto/password";
import { AppPasswordCache } from "./app-passwords/cache";
import { noMailer, type Mailer } from "./notifications/mailer";
import { noSmsProvider, type SmsSender } from "./sms/sender";
import { PushWaiters } from "./push/waiters";
import { noGeoLocator, systemClock, type Clock, type GeoLocator, type RandomSource } from "./ports";

/** What every core function is given: the database, time, randomness, keys and tunables. */
export interface Deps {
  db: Database;
  clock: Clock;
  random: RandomSource;
  keys: Keys;
  config: TwofoldConfig;
  decoyHash: () => Promise<string>;
  /** Hands a signed delivery to the push gateways (the server's port; none in tests). */
  deliverPush: (signedDelivery: string) => Promise<void>;
  /** The SMS provider (outbox, Twilio, webhook); none configured: every send fails. */
  sms: SmsSender;
  /** Where notification emails go (outbox, SMTP); none: no email. */
  mailer: Mailer;
  /** Told when an outside provider failed (for the operator's logs); never given a secret. */
  onProviderError: (error: Error) => void;
  appPasswordCache: AppPasswordCache;
  /** Where an address is ("Zurich, CH"): the server's IP-location database; none: null. */
  geo: GeoLocator;
  /** Tells the other servers (the server's event bus); this engine has already applied it. */
  publish: (event: EngineEvent) => void;
  /**
   * Whether the other servers' events reach this engine now (true alone, or with Redis up):
   * when false, a waiting push result re-reads the database every second instead.
   */
  liveEvents: () => boolean;
  /** The calls waiting for a push answer in this process (`push/wait.ts`). */
  pushWaiters: PushWaiters;
}

/** What one server's engine tells the others (through Redis when scaled out). */
export type EngineEvent =
  | { type: "app_passwords_changed"; accountId: string }
  | { type: "push_request_changed"; requestId: string };

export interface DepsOptions {
  db: Database;
  masterKey: Uint8Array;
  clock?: Clock;
  random?: RandomSource;
  config?: Partial<TwofoldConfig>;
  deliverPush?: (signedDelivery: string) => Promise<void>;
  sms?: SmsSender;
  mailer?: Mailer;
  onProviderError?: (error: Error) => void;
  publish?: (event: EngineEvent) => void;
  liveEvents?: () => boolean;
  geo?: GeoLocator;
}

export const cryptoRandom: RandomSource = { bytes: (n) => randomBytes(n) };

export function createDeps(options: DepsOptions): Deps {
  const config = { ...DEFAULT_CONFIG, ...options.config };
  return {
    db: options.db,
    clock: options.clock ?? systemClock,
    random: options.random ?? cryptoRandom,
    keys: deriveKeys(options.masterKey),
    config,
    decoyHash: createDecoyHash(config.password),
    deliverPush: options.deliverPush ?? (async () => undefined),
    sms: options.sms ?? noSmsProvider,
    mailer: options.mailer ?? noMailer,
    onProviderError: options.onProviderError ?? (() => undefined),
    appPasswordCache: new AppPasswordCache(
      config.appPasswordCache.entries,
      config.appPasswordCache.maxAgeMs,
    ),
    geo: options.geo ?? noGeoLocator,
    publish: options.publish ?? (() => undefined),
    liveEvents: options.liveEvents ?? (() => true),
    pushWaiters: new PushWaiters(),
  };
}
