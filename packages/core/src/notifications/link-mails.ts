import { RECOVERY_LINK_TEXTS } from "../account-recovery/link-texts";
import type { Deps } from "../deps";
import { resetLink, resetLinkMail } from "../password-reset/link-mail";
import type { NotifiedEvent } from "./compose";
import type { Mail } from "./mailer";
import { openQueuedSecret } from "./queued-secret";
import { mailLocale } from "./texts";

/** Mails that carry a single-use link, queued with the event that issued it. */
export const LINK_MAILS = ["password_reset_link", "account_recovery_link"] as const;
export type LinkMail = (typeof LINK_MAILS)[number];

export function linkMailKind(kind: string): LinkMail | null {
  return LINK_MAILS.find((k) => k === kind) ?? null;
}

/**
 * The mails of a queued link, in the account's language: a reset link to the sign-in address
 * and the others named (the recovery address); a recovery link to the recovery address only
 * (whoever reads the sign-in address may not be the owner). None once the link has expired (the
 * mail server was down longer than the link lives): a dead link helps nobody; the person asks
 * again.
 */
export function composeLinkMails(
  deps: Pick<Deps, "keys" | "config" | "clock">,
  queued: { row: NotifiedEvent & { secret: string | null }; kind: LinkMail; others: string[] },
): Mail[] {
  const { row, kind, others } = queued;
  const token = openQueuedSecret(deps, row);
  const leftMs =
    new Date(row.created_at).getTime() + deps.config.emailed.linkTtlMs - deps.clock.now().getTime();
  if (token === "" || leftMs <= 0) return [];
  const locale = mailLocale(row.locale);
  if (kind === "password_reset_link") {
    const mail = resetLinkMail({
      to: row.email,
      locale,
      link: resetLink(deps.config.publicUrl, token),
      ttlMs: leftMs,
    });
    return [...new Set([row.email, ...others])].map((to) => ({ ...mail, to }));
  }
  const t = RECOVERY_LINK_TEXTS[locale];
  // In the fragment, as the reset link: the token never reaches a server's or proxy's logs.
  const link = `${deps.config.publicUrl}/recover#token=${token}`;
  const minutes = Math.max(1, Math.round(leftMs / 60_000));
  const hours = String(Math.round((deps.config.recovery.waitMs / 3_600_000) * 10) / 10);
  return others.map((to) => ({ to, subject: t.subject, text: t.body(link, minutes, hours) }));
}
