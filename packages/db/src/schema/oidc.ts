import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";
import { sessions } from "./sessions";

/**
 * The OpenID Connect provider's state (oidc-provider's models: sessions, interactions, grants,
 * codes, tokens), shared by every server. A record is found by a keyed hash of its id, so a
 * dump holds no usable code or token; its payload is sealed (AES-256-GCM) under the master key.
 */
export const oidcRecords = pgTable(
  "oidc_records",
  {
    /** oidc-provider's model name: "AccessToken", "Session", "Grant"… */
    model: text("model").notNull(),
    /** HMAC-SHA256 of the record's id (a token, code or cookie value for most models). */
    idHash: text("id_hash").notNull(),
    /** The sealed JSON payload. */
    payload: text("payload").notNull(),
    /** The grant the record belongs to (revoking a grant deletes its codes and tokens). */
    grantId: text("grant_id"),
    /** Keyed hashes of a session's uid and a device flow's user code, for those lookups. */
    uidHash: text("uid_hash"),
    userCodeHash: text("user_code_hash"),
    expiresAt: at("expires_at"),
    consumedAt: at("consumed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.model, t.idHash] }),
    index("oidc_records_grant_idx").on(t.grantId),
    index("oidc_records_uid_idx").on(t.uidHash),
    index("oidc_records_user_code_idx").on(t.userCodeHash),
    index("oidc_records_expires_idx").on(t.expiresAt),
  ],
);

/**
 * The provider's signing keys, each a private JWK sealed under the master key. One is made per
 * rotation period (`generation`, unique: servers starting together agree on one); the newest
 * signs, the previous ones stay published until the tokens they signed have expired.
 */
export const oidcKeys = pgTable("oidc_keys", {
  kid: text("kid").primaryKey(),
  generation: integer("generation").notNull().unique(),
  sealedJwk: text("sealed_jwk").notNull(),
  createdAt: at("created_at").notNull(),
});

/**
 * An app's sign-in through one of the person's Twofold sessions: which app (client) and which
 * grant its tokens hang on. When the session ends (signed out, revoked, expired and purged),
 * `session_id` turns null: the app's tokens stop working at once, and the server sends the
 * app its back-channel logout, then stamps `logout_sent_at`.
 */
export const appSignIns = pgTable(
  "app_sign_ins",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    sessionId: uuid("session_id").references(() => sessions.id, { onDelete: "set null" }),
    clientId: text("client_id").notNull(),
    /** The app's name when it signed in (what the sessions page and the log show). */
    appName: text("app_name").notNull(),
    grantId: text("grant_id").notNull().unique(),
    /** The `sid` of the app's ID tokens (learned when the first code is issued). */
    sid: text("sid"),
    createdAt: at("created_at").notNull(),
    lastUsedAt: at("last_used_at"),
    logoutSentAt: at("logout_sent_at"),
    logoutAttempts: integer("logout_attempts").notNull().default(0),
  },
  (t) => [
    index("app_sign_ins_session_idx").on(t.sessionId),
    index("app_sign_ins_account_idx").on(t.accountId),
  ],
);
