/**
 * The one schema of Twofold (PostgreSQL dialect), run unchanged on PGlite and PostgreSQL.
 * Nothing here holds a secret in readable form: seeds are AES-256-GCM ciphertexts, tokens and
 * codes are hashes (see packages/core/src/crypto).
 */
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const accounts = pgTable("accounts", {
  id: uuid("id").primaryKey(),
  /** Lower-cased, trimmed: the sign-in name. */
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull().default(""),
  /** argon2id PHC string. */
  passwordHash: text("password_hash").notNull(),
  /** Kind of the factor offered first at sign-in ("totp", ...); null = the first available. */
  preferredFactor: text("preferred_factor"),
  createdAt: at("created_at").notNull(),
  passwordChangedAt: at("password_changed_at").notNull(),
  /** "remember" (sessions last 30 days of use) or "session_only" (authenticate at each browser launch). */
  browserPolicy: text("browser_policy").notNull().default("remember"),
  /** The language of the emails Twofold sends ("en", "fr", "de", "it"). */
  locale: text("locale").notNull().default("en"),
  /** Set by "this wasn't me": the next sign-in asks for a new password first. */
  passwordChangeRequired: boolean("password_change_required").notNull().default(false),
});

/** The owning account; its rows go with it. */
const accountId = () =>
  uuid("account_id")
    .notNull()
    .references(() => accounts.id, { onDelete: "cascade" });

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** base64url SHA-256 of the bearer/cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    /** "pending_second_factor" | "active" */
    state: text("state").notNull(),
    /** Stay signed in (cookie with Max-Age) or end with the browser (session cookie). */
    persistent: boolean("persistent").notNull(),
    createdAt: at("created_at").notNull(),
    lastSeenAt: at("last_seen_at").notNull(),
    /** Absolute expiry; idle expiry is computed from lastSeenAt. */
    expiresAt: at("expires_at").notNull(),
    /** Last full authentication (password, or password + factor): the step-up clock. */
    authenticatedAt: at("authenticated_at"),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_account_idx").on(t.accountId)],
);

/** Every confirmed second factor of an account, whatever its kind. */
export const factors = pgTable(
  "factors",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** "totp", "webauthn", "push", "sms" */
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    createdAt: at("created_at").notNull(),
    lastUsedAt: at("last_used_at"),
  },
  (t) => [index("factors_account_idx").on(t.accountId)],
);

/** The secret half of a TOTP factor. */
export const totpSecrets = pgTable("totp_secrets", {
  factorId: uuid("factor_id")
    .primaryKey()
    .references(() => factors.id, { onDelete: "cascade" }),
  /** Seed sealed with AES-256-GCM under the master key, bound to the account id. */
  secretSealed: text("secret_sealed").notNull(),
  /** Last accepted RFC 6238 time step: a step at or before it is refused (replay). */
  lastStep: bigint("last_step", { mode: "number" }).notNull(),
});

/** The public half of a security key or passkey (WebAuthn). The private key never leaves it. */
export const webauthnCredentials = pgTable("webauthn_credentials", {
  factorId: uuid("factor_id")
    .primaryKey()
    .references(() => factors.id, { onDelete: "cascade" }),
  /** base64url credential id: unique across all accounts (one authenticator, one account). */
  credentialId: text("credential_id").notNull().unique(),
  /** COSE public key, base64url. */
  publicKey: text("public_key").notNull(),
  /** Last signature counter seen; a non-zero counter that does not grow means a clone. */
  signCount: bigint("sign_count", { mode: "number" }).notNull(),
  /** Authenticator model id (all zeros when the authenticator does not say). */
  aaguid: text("aaguid").notNull(),
  /** "usb", "nfc", "ble", "internal", "hybrid": hints for the browser. */
  transports: jsonb("transports").$type<string[]>().notNull(),
  /** A discoverable credential made with user verification: signs in without a password. */
  passkey: boolean("passkey").notNull(),
  backedUp: boolean("backed_up").notNull(),
});

/**
 * A WebAuthn challenge handed out and not yet answered: single use (deleted by the statement
 * that consumes it, before the answer is checked), 5 minutes, bound to its ceremony and to the
 * session that asked (none for a passkey sign-in, which starts without one).
 */
export const webauthnChallenges = pgTable(
  "webauthn_challenges",
  {
    /** base64url SHA-256 of the challenge. */
    challengeHash: text("challenge_hash").primaryKey(),
    /** "registration" | "authentication" | "passkey" */
    ceremony: text("ceremony").notNull(),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "cascade" }),
    accountId: uuid("account_id").references(() => accounts.id, { onDelete: "cascade" }),
    /** Registration: the name and whether to make a passkey. */
    label: text("label"),
    passkey: boolean("passkey").notNull().default(false),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("webauthn_challenges_expiry_idx").on(t.expiresAt)],
);

/** An authenticator device (push factor): its public key; the private key never leaves it. */
export const devices = pgTable("devices", {
  factorId: uuid("factor_id")
    .primaryKey()
    .references(() => factors.id, { onDelete: "cascade" }),
  /** The device's public key as a JWK (EC P-256 or OKP Ed25519). */
  publicKey: jsonb("public_key").$type<Record<string, string>>().notNull(),
  /** "ES256" | "Ed25519" */
  algorithm: text("algorithm").notNull(),
  platform: text("platform").notNull(),
  lastSeenAt: at("last_seen_at"),
  /** For when a push cannot arrive: the device shows one-time codes (RFC 6238) of this seed. */
  offlineSecretSealed: text("offline_secret_sealed"),
  /** Last accepted time step of those codes: a step at or before it is refused (replay). */
  offlineLastStep: bigint("offline_last_step", { mode: "number" }).notNull().default(0),
  /** A Web Push subscription (endpoint and keys) for when the device has no live connection. */
  pushSubscription: jsonb("push_subscription").$type<{
    endpoint: string;
    keys: { p256dh: string; auth: string };
  }>(),
});

/** An "Add an authenticator device" in progress: its code (hashed), valid 10 minutes. */
export const deviceEnrollments = pgTable(
  "device_enrollments",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** base64url SHA-256 of the enrollment code. */
    codeHash: text("code_hash").notNull().unique(),
    label: text("label").notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    /** Set by the device's enrollment (once): the new factor. */
    factorId: uuid("factor_id"),
    /** When the device turned two-step on: its backup codes, sealed, until the page shows them. */
    backupCodesSealed: text("backup_codes_sealed"),
  },
  (t) => [index("device_enrollments_account_idx").on(t.accountId)],
);

/** "Is this you signing in?": one per pending sign-in, answered once, 60 seconds. */
export const pushRequests = pgTable(
  "push_requests",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /**
     * The sign-in waiting for it; null once that sign-in ended (signed out, expired, reported):
     * the request stays, so a device asking about it learns it was cancelled.
     */
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "set null" }),
    /** The two digits the login page shows and the person types on the device. */
    number: integer("number").notNull(),
    /** pending | approved | denied | reported | wrong_number | used | ended */
    status: text("status").notNull(),
    /** What the device shows: browser, IP address, time, account. */
    context: jsonb("context").$type<Record<string, string>>().notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    answeredAt: at("answered_at"),
    deviceFactorId: uuid("device_factor_id"),
  },
  (t) => [index("push_requests_account_idx").on(t.accountId, t.createdAt)],
);

/** After "NO, and report it": no push to this account until then. */
export const pushPauses = pgTable("push_pauses", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  until: at("until").notNull(),
});

/** A factor being added, not yet confirmed. Consumed (deleted) by its confirmation. */
export const enrollments = pgTable(
  "enrollments",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    kind: text("kind").notNull(),
    label: text("label").notNull(),
    secretSealed: text("secret_sealed").notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("enrollments_account_idx").on(t.accountId)],
);

export const backupCodes = pgTable(
  "backup_codes",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** HMAC-SHA256 of the normalised code under a key kept outside the database. */
    codeHash: text("code_hash").notNull(),
    createdAt: at("created_at").notNull(),
    usedAt: at("used_at"),
  },
  (t) => [uniqueIndex("backup_codes_account_hash_idx").on(t.accountId, t.codeHash)],
);

export const securityEvents = pgTable(
  "security_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: accountId(),
    type: text("type").notNull(),
    createdAt: at("created_at").notNull(),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    /** Non-secret details (factor kind, label, ...). Never a code, token or password. */
    detail: jsonb("detail").$type<Record<string, string | number | boolean>>().notNull(),
    /**
     * The hash chain, filled when the event is sealed (in commit order, shortly after): the
     * event's place, the previous event's hash, and HMAC(previous hash, the event) under a key
     * kept outside the database. Null until sealed.
     */
    seq: bigint("seq", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("security_events_account_idx").on(t.accountId, t.id),
    uniqueIndex("security_events_seq_idx").on(t.seq),
    index("security_events_unsealed_idx")
      .on(t.id)
      .where(sql`${t.seq} is null`),
  ],
);

/**
 * One row (id 1): where the security log's chain ends, and how far notifications went.
 * Locked by whoever seals, so two servers never extend the chain at once.
 */
export const logState = pgTable("log_state", {
  id: integer("id").primaryKey(),
  sealedSeq: bigint("sealed_seq", { mode: "number" }).notNull().default(0),
  headHash: text("head_hash").notNull().default(""),
  notifiedSeq: bigint("notified_seq", { mode: "number" }).notNull().default(0),
});

/**
 * Security emails waiting to be handed to the mailer: one row per event that calls for one,
 * deleted once sent. It holds no text: the email is composed from its event when sent (the
 * "this wasn't me" link is re-derived, signed, never stored). A sender claims a row by setting
 * `lease_until`, so two servers never send the same email at the same moment.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    eventId: bigint("event_id", { mode: "number" })
      .primaryKey()
      .references(() => securityEvents.id, { onDelete: "cascade" }),
    /** What the email says ("new_browser_sign_in", "factor_added", ...). */
    kind: text("kind").notNull(),
    createdAt: at("created_at").notNull(),
    /** Failed tries so far; each waits twice as long as the last (1 s, 2 s, ... 10 min). */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    /** Claimed by a sender until then; null: free. */
    leaseUntil: at("lease_until"),
    /** The mailer's last refusal (its SMTP code), never an address or text. */
    lastError: text("last_error"),
    /** Tried for a day without success: kept for the operator, no longer tried. */
    gaveUpAt: at("gave_up_at"),
  },
  (t) => [
    index("mail_queue_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.gaveUpAt} is null`),
  ],
);

/** Consecutive failures per account and scope ("password", "totp", "backup_code", ...). */
export const failureCounters = pgTable(
  "failure_counters",
  {
    accountId: accountId(),
    scope: text("scope").notNull(),
    failures: integer("failures").notNull(),
    lockedUntil: at("locked_until"),
    /** Locks served in this run of failures: each next one lasts twice as long. */
    locks: integer("locks").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.scope] })],
);

/** The number of an SMS factor. Not a secret, but personal: sealed, and shown only masked. */
export const smsPhones = pgTable(
  "sms_phones",
  {
    factorId: uuid("factor_id")
      .primaryKey()
      .references(() => factors.id, { onDelete: "cascade" }),
    accountId: accountId(),
    /** E.164 number sealed with AES-256-GCM, bound to the account id. */
    phoneSealed: text("phone_sealed").notNull(),
    /** HMAC of the E.164 number: finds a number again (duplicates, send limits) unread. */
    phoneHash: text("phone_hash").notNull(),
    /** "+41 79 *** ** 67": what lists show. */
    masked: text("masked").notNull(),
  },
  (t) => [uniqueIndex("sms_phones_account_phone_idx").on(t.accountId, t.phoneHash)],
);

/**
 * The live SMS code of one sign-in (target = the pending session) or one phone being added
 * (target = the enrollment). One per target: a new code replaces the previous one.
 */
export const smsCodes = pgTable("sms_codes", {
  targetId: uuid("target_id").primaryKey(),
  accountId: accountId(),
  /** "sign_in" | "enrollment" */
  purpose: text("purpose").notNull(),
  /** The SMS factor it was sent to (sign-in); null while a number is being added. */
  factorId: uuid("factor_id"),
  /** HMAC-SHA256 of target id and code under a key kept outside the database. */
  codeHash: text("code_hash").notNull(),
  attempts: integer("attempts").notNull().default(0),
  createdAt: at("created_at").notNull(),
  expiresAt: at("expires_at").notNull(),
});

/**
 * SMS sends per key ("number:<hash>", "account:<id>", "ip:<address>", "all") and fixed window:
 * pumping protection that holds across sessions and servers.
 */
/** Fixed-window counters of limits (SMS sends, sign-in attempts per address): "kind:subject". */
export const rateWindows = pgTable(
  "rate_windows",
  {
    key: text("key").notNull(),
    windowStart: at("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_windows_window_idx").on(t.windowStart),
  ],
);

/**
 * An application password for sync tools (IMAP, CalDAV/CardDAV, WebDAV). Found by its id part,
 * verified by a keyed hash of the whole password; the password itself is never stored.
 */
export const appPasswords = pgTable(
  "app_passwords",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** The first letters of the password: finds the row without a scan. */
    lookupId: text("lookup_id").notNull().unique(),
    /** HMAC-SHA256 of the normalised password under a key kept outside the database. */
    secretHash: text("secret_hash").notNull(),
    name: text("name").notNull(),
    /** Any of "mail", "calendar" (calendars and contacts), "files". */
    scopes: text("scopes").array().notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at"),
    lastUsedAt: at("last_used_at"),
    lastUsedIp: text("last_used_ip"),
    lastUsedClient: text("last_used_client"),
  },
  (t) => [index("app_passwords_account_idx").on(t.accountId)],
);

/**
 * "Don't ask for a second factor on this browser for 30 days": the server half of the signed
 * cookie. The cookie's token is stored only as a hash, and replaced each time it is used.
 */
export const trustedBrowsers = pgTable(
  "trusted_browsers",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    tokenHash: text("token_hash").notNull().unique(),
    userAgent: text("user_agent").notNull().default(""),
    ip: text("ip").notNull().default(""),
    createdAt: at("created_at").notNull(),
    lastUsedAt: at("last_used_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("trusted_browsers_account_idx").on(t.accountId)],
);
