import { RECOVERY_LINK_TEXTS } from "../account-recovery/link-texts";
import type { Deps } from "../deps";
import { issueEmailedLink } from "../emailed/secrets";
import type { RequestMeta } from "../ports";
import {
  recordEvent,
  type EventDetail,
  type SecurityEventType,
} from "../security-log/security-log";
import { resetLink, resetLinkMail } from "../password-reset/link-mail";
import type { NotifiedEvent } from "./compose";
import type { Mail } from "./mailer";
import { openQueuedSecret, queueMailWithSecret } from "./queued-secret";
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

/** What each link mail's link is for. */
const PURPOSE: Record<LinkMail, "password_reset" | "account_recovery"> = {
  password_reset_link: "password_reset",
  account_recovery_link: "account_recovery",
};

/**
 * Issues a single-use link and queues its mail with the security-log entry the owner sees, in
 * one transaction: the mail worker sends it (`composeLinkMails`) and tries again while the mail
 * server is down, so a link the answer promised is never lost. `alsoTo`: the recovery address.
 */
export async function queueLinkMail(
  deps: Deps,
  link: {
    kind: LinkMail;
    accountId: string;
    /** What the link is about (the address it goes to, or the account). */
    subject: string;
    event: { type: SecurityEventType; meta: RequestMeta; detail?: EventDetail };
    alsoTo: string[];
  },
): Promise<void> {
  const { kind, accountId, subject, event, alsoTo } = link;
  await deps.db.transaction(async (tx) => {
    const { token } = await issueEmailedLink(deps, {
      accountId,
      purpose: PURPOSE[kind],
      subject,
      tx,
    });
    const eventId = await recordEvent(deps, { tx, accountId, ...event });
    await queueMailWithSecret(deps, { tx, accountId, eventId, kind, secret: token, alsoTo });
  });
}
