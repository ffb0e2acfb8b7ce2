import type { Deps } from "../deps";
import { origin, timeReader, type NotifiedEvent } from "./compose";
import { mailTime } from "./mail-time";
import { openQueuedSecret } from "./queued-secret";
import type { Mail } from "./mailer";
import { SIGN_UP_MAILS, SIGN_UP_TEXTS, type SignUpMail } from "./sign-up-texts";
import { MAIL_TEXTS, mailLocale } from "./texts";

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
  const from = origin(deps, row);
  const context = [
    `${MAIL_TEXTS[locale].when}: ${mailTime(new Date(row.created_at), timeReader(row))}`,
    from && `${MAIL_TEXTS[locale].from}: ${from}`,
  ].filter(Boolean);
  let body: string[];
  if (kind === "verify_email") {
    const code = openQueuedSecret(deps, row);
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
