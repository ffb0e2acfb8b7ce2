import { sql } from "drizzle-orm";
import { pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { accountId } from "./account-id";
import { at } from "./columns";

/**
 * "I can't use any of my methods": an account recovery that waits (`config.recovery.waitMs`)
 * before it may be completed. At most one pending per account (a partial unique index); a
 * cancelled one is never resumed (a new start is a new row, announced again).
 */
export const accountRecoveries = pgTable(
  "account_recoveries",
  {
    id: uuid("id").primaryKey(),
    accountId: accountId(),
    startedAt: at("started_at").notNull(),
    endsAt: at("ends_at").notNull(),
    /** "pending" | "cancelled" | "completed" */
    state: text("state").notNull().default("pending"),
    /** What proved it at the start: "email_link" | "sms_code" | "browser" | "app_password". */
    proofKind: text("proof_kind").notNull(),
    ip: text("ip").notNull(),
    userAgent: text("user_agent").notNull(),
    /** When the "it ends soon" reminder was sent (once). */
    reminderSentAt: at("reminder_sent_at"),
    /** When it was cancelled or completed. */
    endedAt: at("ended_at"),
  },
  (t) => [
    uniqueIndex("account_recoveries_one_pending_idx")
      .on(t.accountId)
      .where(sql`${t.state} = 'pending'`),
  ],
);
