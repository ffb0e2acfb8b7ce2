import { pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

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
