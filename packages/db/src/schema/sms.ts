import { integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";
import { factors } from "./factors";

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
