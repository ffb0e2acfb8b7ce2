import { integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

/**
 * A one-time secret sent by email: a 6-digit code (an address to confirm) or a link's token
 * (a password reset, an account recovery). One live per account and purpose: a new one
 * replaces the last. Only a keyed hash is kept, bound to its purpose, account and subject.
 */
export const emailedSecrets = pgTable(
  "emailed_secrets",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    /** "verify_email" | "recovery_address" | "password_reset" | "account_recovery" */
    purpose: text("purpose").notNull(),
    /** Keyed hash of what the secret is about (the address it was sent to). */
    subjectHash: text("subject_hash").notNull(),
    /** Keyed hash of the code (with purpose and account) or of the link's token. */
    secretHash: text("secret_hash").notNull(),
    attempts: integer("attempts").notNull().default(0),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [
    uniqueIndex("emailed_secrets_account_purpose_idx").on(t.accountId, t.purpose),
    uniqueIndex("emailed_secrets_secret_idx").on(t.secretHash),
  ],
);
