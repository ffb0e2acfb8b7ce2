import { bigint, boolean, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { at } from "./columns";
import { accounts } from "./accounts";
import { sessions } from "./sessions";
import { factors } from "./factors";

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
    /** "registration" | "authentication" | "passkey" | "step_up" */
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
