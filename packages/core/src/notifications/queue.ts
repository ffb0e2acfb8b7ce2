import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { noMailer } from "./mailer";
import { notifiedKind } from "./compose";

/** Events read per batch, and batches per call (a round stays short; the next one goes on). */
const BATCH = 200;
const MAX_BATCHES = 20;

interface EventRow {
  id: number;
  seq: number;
  type: string;
  /** For a sign-in: whether this browser signed in (or signed up) before. */
  known_browser: boolean;
}

/**
 * Queues an email for each sealed event that calls for one, in the database (`mail_queue`),
 * and moves the cursor in `log_state` past them in the same transaction: an event is queued
 * exactly once, whatever crashes, and two servers never both queue it (the cursor moves from
 * where it was read, or nothing is written). Sending is the mail worker's (`deliver.ts`), so a
 * mail server that is down or slow holds back neither this nor the request that caused it.
 * With mail off, the cursor moves and nothing is queued. Returns how many emails were queued.
 */
export async function queueNotifications(deps: Deps): Promise<number> {
  let queued = 0;
  for (let i = 0; i < MAX_BATCHES; i += 1) {
    const batch = await queueBatch(deps);
    queued += batch.queued;
    if (!batch.full) break;
  }
  return queued;
}

async function queueBatch(deps: Deps): Promise<{ queued: number; full: boolean }> {
  const [state] = await queryRows<{ notified_seq: string | number }>(
    deps.db,
    sql`select notified_seq from log_state where id = 1`,
  );
  if (!state) return { queued: 0, full: false };
  const cursor = Number(state.notified_seq);
  const rows = await queryRows<EventRow>(
    deps.db,
    sql`select e.id, e.seq, e.type,
               (e.type = 'sign_in_succeeded' and exists (
                  select 1 from security_events p
                   where p.account_id = e.account_id and p.id < e.id and p.user_agent = e.user_agent
                     and p.type in ('sign_in_succeeded', 'account_created'))) as known_browser
          from security_events e
         where e.seq > ${cursor}
         order by e.seq
         limit ${BATCH}`,
  );
  const last = rows.at(-1);
  if (!last) return { queued: 0, full: false };
  const mails =
    deps.mailer === noMailer
      ? []
      : rows.flatMap((row) => {
          const kind = notifiedKind({ type: row.type, knownBrowser: row.known_browser });
          return kind ? [{ event_id: Number(row.id), kind }] : [];
        });
  const now = deps.clock.now().toISOString();
  const moved = await deps.db.transaction(async (tx) => {
    // First the cursor: its row lock orders two servers, and the later one finds it moved.
    const advanced = await queryRows<{ id: number }>(
      tx,
      sql`update log_state set notified_seq = ${Number(last.seq)}
           where id = 1 and notified_seq = ${cursor} returning id`,
    );
    if (advanced.length === 0) return false;
    if (mails.length > 0) {
      await tx.execute(
        sql`insert into mail_queue (event_id, kind, created_at, next_attempt_at)
            select m.event_id, m.kind, ${now}::timestamptz, ${now}::timestamptz
              from jsonb_to_recordset(${JSON.stringify(mails)}::jsonb) as m(event_id bigint, kind text)
            on conflict (event_id) do nothing`,
      );
    }
    return true;
  });
  return { queued: moved ? mails.length : 0, full: moved && rows.length === BATCH };
}
