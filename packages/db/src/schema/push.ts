/** Authenticator devices (the push factor) and their sign-in requests. */
import { bigint, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";
import { accounts } from "./accounts";
import { sessions } from "./sessions";
import { factors } from "./factors";

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
    /**
     * "sign_in": a pending session's second factor; "step_up": an active session confirming a
     * security change. A request approved for one can never finish the other.
     */
    purpose: text("purpose").notNull().default("sign_in"),
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
