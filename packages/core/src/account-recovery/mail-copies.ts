import type { Deps } from "../deps";
import type { Mail } from "../notifications/mailer";
import type { Notified } from "../notifications/texts";
import { recoveryContacts } from "../recovery-contacts/contacts";

/** The emails about an account recovery go to every address of the account. */
const TO_EVERY_ADDRESS: readonly Notified[] = [
  "account_recovery_started",
  "account_recovery_reminder",
  "account_recovery_cancelled",
  "account_recovery_completed",
];

/**
 * The same email to the account's verified recovery address, for the events of an account
 * recovery: whoever started it may hold the sign-in mailbox, the owner may read only the other.
 */
export async function recoveryCopies(
  deps: Deps,
  about: { accountId: string; kind: Notified; mail: Mail },
): Promise<Mail[]> {
  if (!TO_EVERY_ADDRESS.includes(about.kind)) return [];
  const { email } = await recoveryContacts(deps, about.accountId);
  return email && email !== about.mail.to ? [{ ...about.mail, to: email }] : [];
}
