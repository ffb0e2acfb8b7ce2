import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { recordEvent } from "../security-log/security-log";

/**
 * The "a recovery of your account ends soon" reminders that are due (`reminderBeforeMs`
 * before the end), each once: one UPDATE marks the recoveries it takes (two servers never
 * both take one) and their log entries land in the same transaction, which the log worker
 * mails to every address. The server's background worker calls this; returns how many.
 */
export async function remindPendingRecoveries(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const due = new Date(now.getTime() + deps.config.recovery.reminderBeforeMs);
  return deps.db.transaction(async (tx) => {
    const rows = await queryRows<{ account_id: string; ends_at: Date | string }>(
      tx,
      sql`update account_recoveries set reminder_sent_at = ${now.toISOString()}::timestamptz
           where state = 'pending' and reminder_sent_at is null
             and ends_at <= ${due.toISOString()}::timestamptz
             and ends_at > ${now.toISOString()}::timestamptz
       returning account_id, ends_at`,
    );
    for (const row of rows)
      await recordEvent(deps, {
        tx,
        accountId: row.account_id,
        type: "account_recovery_reminder",
        meta: { ip: "", userAgent: "" },
        detail: { endsAt: new Date(row.ends_at).toISOString() },
      });
    return rows.length;
  });
}
