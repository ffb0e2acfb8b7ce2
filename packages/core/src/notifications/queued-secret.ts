import { sql } from "drizzle-orm";
import { schema } from "@twofold/db";
import { open, seal } from "../crypto/secret-box";
import type { Deps } from "../deps";
import type { Tx } from "../ports";
import { sealFor } from "../recovery-contacts/store";

const sealContext = (eventId: number): string => `mail:${eventId}`;

/**
 * Queues a mail about an event in the transaction that wrote the event (the mail worker sends
 * it like every security mail, retried until it is taken: a mail server that is down loses
 * nothing). A code or link token it carries travels sealed with the secret box, bound to its
 * event, and leaves the database with the queue's row once sent. `alsoTo`: other addresses it
 * goes to, sealed for the account.
 */
export async function queueMailWithSecret(
  deps: Pick<Deps, "clock" | "random" | "keys">,
  mail: {
    tx: Tx;
    accountId: string;
    eventId: number;
    kind: string;
    secret?: string;
    alsoTo?: string[];
  },
): Promise<void> {
  const now = deps.clock.now().toISOString();
  const secret =
    mail.secret === undefined
      ? null
      : seal(
          deps.keys.secretBox,
          deps.random.bytes(12),
          Buffer.from(mail.secret),
          sealContext(mail.eventId),
        );
  await mail.tx.execute(
    sql`insert into mail_queue (event_id, kind, secret, created_at, next_attempt_at)
        values (${mail.eventId}, ${mail.kind}, ${secret}, ${now}::timestamptz, ${now}::timestamptz)
        on conflict (event_id) do nothing`,
  );
  if (mail.alsoTo && mail.alsoTo.length > 0)
    await mail.tx.insert(schema.mailRecipients).values({
      eventId: mail.eventId,
      accountId: mail.accountId,
      addressesSealed: sealFor(deps, mail.accountId, JSON.stringify(mail.alsoTo)),
    });
}

/** The secret a queued mail carries, or "" when it has none. */
export function openQueuedSecret(
  deps: Pick<Deps, "keys">,
  row: { event_id: string | number; secret: string | null },
): string {
  return row.secret === null
    ? ""
    : open(deps.keys.secretBox, row.secret, sealContext(Number(row.event_id))).toString();
}
