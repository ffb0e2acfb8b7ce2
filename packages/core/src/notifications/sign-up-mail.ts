import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { open, seal } from "../crypto/secret-box";
import type { Tx } from "../ports";
import { origin, type NotifiedEvent } from "./compose";
import type { Mail } from "./mailer";
import { SIGN_UP_MAILS, SIGN_UP_TEXTS, type SignUpMail } from "./sign-up-texts";
import { MAIL_TEXTS, mailLocale } from "./texts";

const sealContext = (eventId: number): string => `mail:${eventId}`;

/**
 * Queues a sign-up mail about an event, in the sign-up's transaction (the mail worker sends it
 * like every security mail). A code travels sealed with the secret box, bound to its event, and
 * leaves the database with the queue's row once sent.
 */
export async function queueSignUpMail(
  deps: Pick<Deps, "clock" | "random" | "keys">,
  mail: { tx: Tx; eventId: number; kind: SignUpMail; code?: string },
): Promise<void> {
  const now = deps.clock.now().toISOString();
  const secret =
    mail.code === undefined
      ? null
      : seal(
          deps.keys.secretBox,
          deps.random.bytes(12),
          Buffer.from(mail.code),
          sealContext(mail.eventId),
        );
  await mail.tx.execute(
    sql`insert into mail_queue (event_id, kind, secret, created_at, next_attempt_at)
        values (${mail.eventId}, ${mail.kind}, ${secret}, ${now}::timestamptz, ${now}::timestamptz)
        on conflict (event_id) do nothing`,
  );
}

export function signUpMailKind(kind: string): SignUpMail | null {
  return SIGN_UP_MAILS.find((k) => k === kind) ?? null;
}

/** The address-confirmation link the mail carries: the web page reads its fragment. */
export function verifyEmailLink(deps: Pick<Deps, "config">, email: string, code: string): string {
  return `${deps.config.publicUrl}/verify-email#email=${encodeURIComponent(email)}&code=${code}`;
}

/** The sign-up mail of a queued row, in the account's language. */
export function composeSignUpMail(
  deps: Deps,
  row: NotifiedEvent & { secret: string | null },
  kind: SignUpMail,
): Mail {
  const locale = mailLocale(row.locale);
  const t = SIGN_UP_TEXTS[locale];
  const at = new Date(row.created_at);
  const from = origin(deps, row);
  const context = [
    `${MAIL_TEXTS[locale].when}: ${at.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    from && `${MAIL_TEXTS[locale].from}: ${from}`,
  ].filter(Boolean);
  let body: string[];
  if (kind === "verify_email") {
    const code =
      row.secret === null
        ? ""
        : open(deps.keys.secretBox, row.secret, sealContext(Number(row.event_id))).toString();
    const minutes = Math.round(deps.config.emailed.codeTtlMs / 60_000);
    body = [
      t.code(code, minutes),
      t.link,
      verifyEmailLink(deps, row.email, code),
      "",
      ...context,
      "",
      t.notYou,
    ];
  } else {
    body = [t.tried, "", ...context, "", t.triedNext];
  }
  return {
    to: row.email,
    subject: `Twofold: ${t.subject[kind]}`,
    text: `${body.join("\n")}\n`,
  };
}
