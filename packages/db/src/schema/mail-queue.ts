import { bigint, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { at } from "./columns";
import { securityEvents } from "./security-log";

/**
 * Security emails waiting to be handed to the mailer: one row per event that calls for one,
 * deleted once sent. It holds no text: the email is composed from its event when sent (the
 * "this wasn't me" link is re-derived, signed, never stored). A sender claims a row by setting
 * `lease_until`, so two servers never send the same email at the same moment.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    eventId: bigint("event_id", { mode: "number" })
      .primaryKey()
      .references(() => securityEvents.id, { onDelete: "cascade" }),
    /** What the email says ("new_browser_sign_in", "factor_added", ...). */
    kind: text("kind").notNull(),
    /**
     * The one-time code a mail carries (the sign-up's address confirmation), sealed with the
     * secret box (AES-256-GCM, bound to the event): a dump of the queue reveals no code. Gone
     * with the row once sent. Null for mails that carry none.
     */
    secret: text("secret"),
    createdAt: at("created_at").notNull(),
    /** Failed tries so far; each waits twice as long as the last (1 s, 2 s, ... 10 min). */
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull(),
    /** Claimed by a sender until then; null: free. */
    leaseUntil: at("lease_until"),
    /** The mailer's last refusal (its SMTP code), never an address or text. */
    lastError: text("last_error"),
    /** Tried for a day without success: kept for the operator, no longer tried. */
    gaveUpAt: at("gave_up_at"),
  },
  (t) => [
    index("mail_queue_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.gaveUpAt} is null`),
  ],
);
