import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { isValidEmail, normalizeEmail } from "../accounts/validate";
import { keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { reserve } from "../limits/windows";
import { queueLinkMail } from "../notifications/link-mails";
import type { RequestMeta } from "../ports";
import { recoveryContacts } from "../recovery-contacts/contacts";

/**
 * What asking for a reset link answers: nothing about the address. `sent` settles once the
 * link was issued and its mail queued (the mail worker sends it), or once nothing was to be
 * sent (unknown address, a limit reached): the request does not wait for it (tests do).
 */
export interface ResetRequested {
  sent: Promise<void>;
}

/**
 * "Forgot password". The only answer that can differ is RATE_LIMITED for too many requests from
 * one IP, counted before anything about the address is read. Everything that depends on the
 * address (the lookup, its own and its account's limits, the link, the email) happens after
 * the answer, so a known and an unknown address answer alike and in alike time; over the
 * per-address or per-account limit nothing is sent, silently.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string },
  meta: RequestMeta,
): Promise<Result<ResetRequested, "RATE_LIMITED">> {
  const { perIp, windowMs } = deps.config.passwordReset;
  const byIp = await reserve(deps, [[`reset-ip:${addressKey(meta.ip)}`, perIp]], windowMs);
  if ("ok" in byIp) return fail("RATE_LIMITED", byIp.retryAt);
  // Never rejects: a failure goes to the operator's log, through the one reporter that strips
  // a query's parameters (an address, a token), not to the person.
  const sent = sendResetLink(deps, normalizeEmail(input.email), meta).catch((error: unknown) =>
    deps.onProviderError(error instanceof Error ? error : new Error("reset link not sent")),
  );
  return ok({ sent });
}

async function sendResetLink(deps: Deps, email: string, meta: RequestMeta): Promise<void> {
  if (!isValidEmail(email)) return;
  const { perAddress, perAccount, windowMs } = deps.config.passwordReset;
  const addressHash = keyedHash(deps.keys.unknownEmails, email);
  const byAddress = await reserve(deps, [[`reset-address:${addressHash}`, perAddress]], windowMs);
  if ("ok" in byAddress) return;
  const a = schema.accounts;
  const [account] = await deps.db.select({ id: a.id }).from(a).where(eq(a.email, email));
  if (!account) return;
  const byAccount = await reserve(deps, [[`reset-account:${account.id}`, perAccount]], windowMs);
  if ("ok" in byAccount) return;
  // Read before the transaction: on PGlite's one connection a read beside it would wait.
  const { email: recoveryAddress } = await recoveryContacts(deps, account.id);
  // Sent to the sign-in address and the verified recovery address.
  await queueLinkMail(deps, {
    kind: "password_reset_link",
    accountId: account.id,
    subject: account.id,
    event: { type: "password_reset_requested", meta },
    alsoTo: recoveryAddress ? [recoveryAddress] : [],
  });
}
