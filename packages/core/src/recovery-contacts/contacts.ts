import type { Deps } from "../deps";

// stub: replaced at merge by the recovery-contacts slice
/** The account's verified recovery address and phone (none until that slice lands). */
export async function recoveryContacts(
  _deps: Pick<Deps, "db">,
  _accountId: string,
): Promise<{ email: string | null; phone: { e164: string; masked: string } | null }> {
  return { email: null, phone: null };
}
