/** Failure counts and rate-limit windows. */
import { index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

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
