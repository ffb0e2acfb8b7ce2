import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

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
