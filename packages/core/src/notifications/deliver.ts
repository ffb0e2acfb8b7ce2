import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { describeUserAgent } from "@twofold/push-protocol";
import { notMeToken } from "./not-me";
import { MAIL_TEXTS, NOTIFIED, mailLocale, type Notified } from "./texts";
import type { Mail } from "./mailer";

interface Row {
  id: number;
  seq: number;
  account_id: string;
  type: string;
  created_at: Date | string;
  ip: string;
  user_agent: string;
  detail: Record<string, string | number | boolean>;
  email: string;
  locale: string;
  /** For a sign-in: whether this browser signed in (or signed up) before. */
  known_browser: boolean;
}

const BATCH = 50;
/** Details worth a line in the email; never a secret (the log holds none). */
const SHOWN = ["kind", "factor", "label", "name", "policy", "protocol"] as const;

function kindOf(row: Row): Notified | null {
  if (row.type === "sign_in_succeeded") return row.known_browser ? null : "new_browser_sign_in";
  return NOTIFIED.find((n) => n === row.type) ?? null;
}

function compose(deps: Deps, row: Row, kind: Notified, at: Date): Mail {
  const t = MAIL_TEXTS[mailLocale(row.locale)];
  const subject = t.subject[kind];
  const { browser, os } = describeUserAgent(row.user_agent);
  const from = [[browser, os].filter(Boolean).join(", "), row.ip && `IP ${row.ip}`]
    .filter(Boolean)
    .join(" · ");
  const details = SHOWN.map((k) => row.detail[k])
    .filter((v) => v !== undefined && v !== "")
    .join(", ");
  const lines = [
    `${subject}.`,
    t.what(details),
    `${t.when}: ${at.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    from && `${t.from}: ${from}`,
    "",
    ...closing(deps, row, kind, at),
  ];
  return {
    to: row.email,
    subject: `Twofold: ${subject}`,
    text: `${lines.filter((l, i) => l !== "" || i === 4).join("\n")}\n`,
  };
}

/**
 * What the person does next. No "this wasn't me" link where the person has just said so
 * themselves: after the link itself, and after a report from their device.
 */
function closing(deps: Deps, row: Row, kind: Notified, at: Date): string[] {
  const t = MAIL_TEXTS[mailLocale(row.locale)];
  if (kind === "not_me_reported") return [t.notMeAfter];
  if (kind === "push_reported") return [t.reported];
  const token = notMeToken(deps, {
    accountId: row.account_id,
    sentAt: at,
    eventId: Number(row.id),
  });
  const link = `${deps.config.publicUrl}/not-me?token=${token}`;
  // A method "this wasn't me" removed (it was someone else's): nothing to add back.
  const line = row.detail.because === "not_me" ? t.notMe : (t.notMeFor[kind] ?? t.notMe);
  return [t.ignore, line, link];
}

/** Batches per call at most: a round of the log worker stays short, the next one goes on. */
const MAX_BATCHES = 20;

/**
 * Emails the account's owner about the sealed events that call for it, in order, each at least
 * once: the cursor in `log_state` moves past an event only after its email was handed over. A
 * mailer that fails stops the round (tried again on the next); a cursor another server moved
 * first stops it too. Goes on batch after batch while batches come full, so that a busy server
 * (hundreds of sign-ins a second) does not fall behind. Returns how many emails were sent.
 */
export async function deliverNotifications(deps: Deps): Promise<number> {
  let sent = 0;
  for (let i = 0; i < MAX_BATCHES; i += 1) {
    const batch = await deliverBatch(deps);
    sent += batch.sent;
    if (!batch.full) break;
  }
  return sent;
}

/** One batch; `full`: it ran to the end of a full batch (there may be more). */
async function deliverBatch(deps: Deps): Promise<{ sent: number; full: boolean }> {
  const [state] = await queryRows<{ notified_seq: string | number }>(
    deps.db,
    sql`select notified_seq from log_state where id = 1`,
  );
  if (!state) return { sent: 0, full: false };
  let cursor = Number(state.notified_seq);
  const rows = await queryRows<Row>(
    deps.db,
    sql`select e.id, e.seq, e.account_id, e.type, e.created_at, e.ip, e.user_agent, e.detail,
               a.email, a.locale,
               (e.type = 'sign_in_succeeded' and exists (
                  select 1 from security_events p
                   where p.account_id = e.account_id and p.id < e.id and p.user_agent = e.user_agent
                     and p.type in ('sign_in_succeeded', 'account_created'))) as known_browser
          from security_events e join accounts a on a.id = e.account_id
         where e.seq > ${cursor}
         order by e.seq
         limit ${BATCH}`,
  );
  let sent = 0;
  let written = cursor;
  const advance = async (to: number): Promise<boolean> => {
    if (to === written) return true;
    const moved = await queryRows<{ id: number }>(
      deps.db,
      sql`update log_state set notified_seq = ${to} where id = 1 and notified_seq = ${written} returning id`,
    );
    written = to;
    return moved.length === 1;
  };
  for (const row of rows) {
    const kind = kindOf(row);
    if (kind) {
      if (!(await advance(cursor))) return { sent, full: false };
      try {
        await deps.mailer.send(compose(deps, row, kind, new Date(row.created_at)));
      } catch (error) {
        deps.onProviderError(error instanceof Error ? error : new Error("mailer failed"));
        return { sent, full: false };
      }
      sent += 1;
    }
    cursor = Number(row.seq);
  }
  const moved = await advance(cursor);
  return { sent, full: moved && rows.length === BATCH };
}
