import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { checkAccountPassword, checkUnknownAddress } from "../accounts/password-check";
import { isValidEmail, normalizeEmail } from "../accounts/validate";
import type { Deps } from "../deps";
import { keyedHash } from "../crypto/tokens";
import { fail, ok, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { reserve } from "../limits/windows";
import { queueLinkMail } from "../notifications/link-mails";
import type { RequestMeta } from "../ports";
import { recoveryContacts } from "../recovery-contacts/contacts";
import { maskAddress } from "../recovery-contacts/mask";
import { hashPhone } from "../sms/codes";
import { logSend, sendCode, type SendReason } from "../sms/send-code";
import { passwordTriesPerIp } from "./door";

const HOUR = 60 * 60_000;
/** Recovery links asked per address and per IP address per hour. */
const LINKS_PER_ADDRESS = 5;
const LINKS_PER_IP = 20;

/**
 * "Send me a recovery link": one answer whatever the address (nothing tells whether it has an
 * account or a recovery address), limited per address and per IP. When the account has a
 * verified recovery address, a single-use link (`account_recovery`, hashed at rest, live
 * `config.emailed.linkTtlMs`) is mailed there. The answer comes before the address is looked
 * up (`sent` settles when the lookup and the mail are done), so it takes the same time either way.
 */
export async function requestRecoveryLink(
  deps: Deps,
  request: { email: string; meta: RequestMeta },
): Promise<Result<{ sent: Promise<void> }, "RATE_LIMITED">> {
  const email = normalizeEmail(request.email);
  const limited = await reserve(
    deps,
    [
      [`recovery-link-ip:${addressKey(request.meta.ip)}`, LINKS_PER_IP],
      [`recovery-link-address:${keyedHash(deps.keys.unknownEmails, email)}`, LINKS_PER_ADDRESS],
    ],
    HOUR,
  );
  if ("ok" in limited) return limited;
  // Answered before the address is looked up: a known address costs no more time than another.
  const sent = (async (): Promise<void> => {
    const a = schema.accounts;
    const [account] = isValidEmail(email)
      ? await deps.db.select({ id: a.id }).from(a).where(eq(a.email, email))
      : [];
    const contacts = account ? await recoveryContacts(deps, account.id) : null;
    if (account && contacts?.email)
      // To the recovery address only: whoever reads the sign-in address may not be the owner.
      await queueLinkMail(deps, {
        kind: "account_recovery_link",
        accountId: account.id,
        subject: contacts.email,
        event: {
          type: "account_recovery_link_sent",
          meta: request.meta,
          detail: { address: maskAddress(contacts.email) },
        },
        alsoTo: [contacts.email],
      });
  })().catch((error: unknown) =>
    // Never rejects: a failure goes to the operator's log (parameters stripped), not the person.
    deps.onProviderError(error instanceof Error ? error : new Error("recovery link not sent")),
  );
  return ok({ sent });
}

/**
 * A code by SMS to the account's verified recovery phone, once the password is right (checked
 * the one way every door checks it; an unknown address answers as a wrong password). Reuses
 * the SMS rules: the same send limits, hashed code, tries and expiry, purpose
 * "account_recovery". `sentTo`: the masked number, or null when the account has none.
 */
export async function sendRecoveryPhoneCode(
  deps: Deps,
  request: { email: string; password: string; meta: RequestMeta },
): Promise<Result<{ sentTo: string | null }, "INVALID_CREDENTIALS" | "RATE_LIMITED" | SendReason>> {
  const { password, meta } = request;
  const perIp = await passwordTriesPerIp(deps, meta);
  if (perIp) return perIp;
  const email = normalizeEmail(request.email);
  const a = schema.accounts;
  const [account] = isValidEmail(email)
    ? await deps.db
        .select({ id: a.id, passwordHash: a.passwordHash })
        .from(a)
        .where(eq(a.email, email))
    : [];
  if (!account) return checkUnknownAddress(deps, { email, password, meta });
  const checked = await checkAccountPassword(deps, { account, password, meta });
  if (!checked.ok) return checked;
  const { phone } = await recoveryContacts(deps, account.id);
  if (!phone) return ok({ sentTo: null });
  return sendRecoveryCodeTo(deps, { accountId: account.id, phone, meta });
}

/** Sends the recovery code to a known recovery phone (the account is the code's target). */
export async function sendRecoveryCodeTo(
  deps: Deps,
  target: { accountId: string; phone: { e164: string; masked: string }; meta: RequestMeta },
): Promise<Result<{ sentTo: string }, "RATE_LIMITED" | SendReason>> {
  const { accountId, phone, meta } = target;
  const sent = await sendCode(deps, {
    purpose: "account_recovery",
    targetId: accountId,
    accountId,
    factorId: null,
    e164: phone.e164,
    phoneHash: hashPhone(deps, phone.e164),
    ip: meta.ip,
  });
  await logSend(deps, { accountId, sentTo: phone.masked, purpose: "account_recovery", sent, meta });
  return sent.ok ? ok({ sentTo: phone.masked }) : fail(sent.reason);
}
