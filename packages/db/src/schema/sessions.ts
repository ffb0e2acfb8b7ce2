/** Sign-in sessions, and browsers trusted to skip the second factor. */
import { boolean, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

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
    /**
     * "sign_in" | "password_reset": a session opened by a reset link, whose only use once its
     * second factor passed is to set the new password (issue 23).
     */
    purpose: text("purpose").notNull().default("sign_in"),
    /**
     * How the session signed in, as RFC 8176 values ("pwd", "otp", "sms", "hwk", "swk", "mfa"),
     * and when (the OpenID Connect `amr` and `auth_time`; a later step-up changes neither).
     */
    amr: text("amr").array(),
    signedInAt: at("signed_in_at"),
  },
  (t) => [index("sessions_account_idx").on(t.accountId)],
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
