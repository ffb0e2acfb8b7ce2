import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { recoveryCopies } from "../account-recovery/mail-copies";
import { composeMail, queuedKind, type NotifiedEvent } from "./compose";
import { composeLinkMails, linkMailKind } from "./link-mails";
import { MailSendError, type Mail } from "./mailer";
import { composeSignUpMail, signUpMailKind } from "./sign-up-mail";
import { open } from "../crypto/secret-box";

/**
 * Emails claimed at once, and claims per call. The lease (15 min by default) outlasts a whole
 * claim sent one by one, each bounded by `sendTimeoutMs` (60 s by default).
 */
const CLAIM = 10;
const MAX_CLAIMS = 50;

interface Claimed extends NotifiedEvent {
  kind: string;
  attempts: number;
  /** Others who must hear of the event (mail_recipients), sealed for the account; or null. */
  addresses_sealed: string | null;
  /** A sealed code or link token the mail carries, or null. */
  secret: string | null;
}

export interface DeliveryRound {
  sent: number;
  /** Sends that failed this round (each tried again later, unless given up). */
  failed: number;
  /** Emails given up this round: a day of failures. The operator must hear of it. */
  gaveUp: number;
}

/**
 * Sends the queued security emails that are due, oldest first, at least once each: a row is
 * deleted only after the mailer took its email. Each send is bounded (`sendTimeoutMs`, on top
 * of the mailer's own timeouts), so a mail server that hangs costs one try, not the worker. A
 * failed send is tried again 1 s later, then 2 s, 4 s, ... up to 10 min apart, and given up a
 * day after it was queued. The first failure ends the round (the mail server is likely down;
 * the rest wait for the next round), so an outage costs one try per round, not one per email.
 */
export async function deliverQueuedMail(deps: Deps): Promise<DeliveryRound> {
  const round: DeliveryRound = { sent: 0, failed: 0, gaveUp: 0 };
  for (let i = 0; i < MAX_CLAIMS; i += 1) {
    const now = deps.clock.now();
    const lease = new Date(now.getTime() + deps.config.mail.leaseMs).toISOString();
    const claimed = await claim(deps, now, lease);
    for (const [index, row] of claimed.entries()) {
      const failure = await sendOne(deps, row);
      if (failure === null) {
        round.sent += 1;
        continue;
      }
      round.failed += 1;
      if (await reschedule(deps, { row, lease, failure })) round.gaveUp += 1;
      for (const rest of claimed.slice(index + 1)) await release(deps, rest, lease);
      return round;
    }
    if (claimed.length < CLAIM) break;
  }
  return round;
}

/**
 * Claims due emails with one atomic UPDATE, in the order their events happened (`e.id`: a
 * sign-up's code mail is queued with its event, often before the log worker gives it a `seq`,
 * and the two codes of a sign-up and a sign-in must arrive in the order they were issued): a row is taken only while no lease holds it, and
 * the condition is checked again on the row as updated (and rows another sender is claiming
 * are skipped), so two servers never hold the same email at once.
 */
function claim(deps: Deps, now: Date, lease: string): Promise<Claimed[]> {
  const at = now.toISOString();
  return queryRows<Claimed>(
    deps.db,
    sql`with claimed as (
          update mail_queue q set lease_until = ${lease}::timestamptz
           where q.event_id in (
                   select event_id from mail_queue
                    where gave_up_at is null and next_attempt_at <= ${at}::timestamptz
                      and (lease_until is null or lease_until <= ${at}::timestamptz)
                    order by next_attempt_at, event_id
                    limit ${CLAIM}
                    for update skip locked)
             and q.gave_up_at is null
             and (q.lease_until is null or q.lease_until <= ${at}::timestamptz)
          returning q.event_id, q.kind, q.attempts, q.secret)
        select c.event_id, c.kind, c.attempts, c.secret, e.account_id, e.created_at, e.ip,
               e.user_agent, e.detail, a.email, a.locale, a.time_zone,
               r.addresses_sealed
          from claimed c
          join security_events e on e.id = c.event_id
          join accounts a on a.id = e.account_id
          left join mail_recipients r on r.event_id = c.event_id
         order by e.id`,
  );
}

/**
 * The emails of a queued row: a security email to the sign-in address, the others named and
 * the recovery address's copy; a sign-up mail; a link. None for a kind this version does not
 * write (or a link that expired before it could go).
 */
async function mailsOf(deps: Deps, row: Claimed): Promise<Mail[]> {
  const kind = queuedKind(row.kind);
  if (kind !== null) {
    const mail = composeMail(deps, row, kind);
    const copies = await recoveryCopies(deps, { accountId: row.account_id, kind, mail });
    const to = [...new Set([row.email, ...others(deps, row)])];
    return [...to.map((address) => ({ ...mail, to: address })), ...copies];
  }
  const signUp = signUpMailKind(row.kind);
  if (signUp !== null) return [composeSignUpMail(deps, row, signUp)];
  const link = linkMailKind(row.kind);
  if (link !== null) return composeLinkMails(deps, { row, kind: link, others: others(deps, row) });
  return [];
}

/** Hands one row's emails to the mailer within the bound; null when taken, else the failure. */
async function sendOne(deps: Deps, row: Claimed): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MailSendError(deps.mailer.name, "timeout")),
      deps.config.mail.sendTimeoutMs,
    );
  });
  try {
    const mails = await mailsOf(deps, row);
    await Promise.race([Promise.all(mails.map((m) => deps.mailer.send(m))), bound]);
  } catch (error) {
    deps.onProviderError(error instanceof Error ? error : new Error("mailer failed"));
    return error instanceof MailSendError ? error.code : "failed";
  } finally {
    clearTimeout(timer);
  }
  // Sent (or nothing to send): done.
  await deps.db.execute(sql`delete from mail_queue where event_id = ${Number(row.event_id)}`);
  return null;
}

/**
 * The others named for the event (a recovery address changed or removed, the recovery
 * address a link goes to), opened. A failed try sends to all again: at least once each.
 */
function others(deps: Deps, row: Claimed): string[] {
  if (row.addresses_sealed === null) return [];
  const named: unknown = JSON.parse(
    open(deps.keys.secretBox, row.addresses_sealed, row.account_id).toString(),
  );
  return Array.isArray(named) ? named.filter((a): a is string => typeof a === "string") : [];
}

/**
 * A failed try: the email waits 1 s, 2 s, 4 s, ... (at most `retryMaxMs`) before the next, or
 * is given up when it was queued more than `giveUpAfterMs` ago. Only while this sender's lease
 * holds. Returns whether it was given up.
 */
async function reschedule(
  deps: Deps,
  options: { row: Claimed; lease: string; failure: string },
): Promise<boolean> {
  const { retryFirstMs, retryMaxMs, giveUpAfterMs } = deps.config.mail;
  const now = deps.clock.now();
  const wait = Math.min(retryFirstMs * 2 ** Math.min(options.row.attempts, 30), retryMaxMs);
  const [row] = await queryRows<{ gave_up: boolean }>(
    deps.db,
    sql`update mail_queue
           set attempts = attempts + 1, lease_until = null, last_error = ${options.failure},
               next_attempt_at = ${new Date(now.getTime() + wait).toISOString()}::timestamptz,
               gave_up_at = case when created_at <= ${new Date(now.getTime() - giveUpAfterMs).toISOString()}::timestamptz
                                 then ${now.toISOString()}::timestamptz end
         where event_id = ${Number(options.row.event_id)} and lease_until = ${options.lease}::timestamptz
     returning gave_up_at is not null as gave_up`,
  );
  return row?.gave_up ?? false;
}

/** Gives a claimed email back untried: the next round takes it. */
async function release(deps: Deps, row: Claimed, lease: string): Promise<void> {
  await deps.db.execute(
    sql`update mail_queue set lease_until = null
         where event_id = ${Number(row.event_id)} and lease_until = ${lease}::timestamptz`,
  );
}
