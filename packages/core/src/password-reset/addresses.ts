import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { recoveryContacts } from "../recovery-contacts/contacts";

/** Where a reset link goes: the account's own address, and its verified recovery address. */
export async function resetLinkAddresses(
  deps: Pick<Deps, "db" | "keys">,
  accountId: string,
): Promise<string[]> {
  const a = schema.accounts;
  const [row] = await deps.db.select({ email: a.email }).from(a).where(eq(a.id, accountId));
  if (!row) return [];
  const { email: recovery } = await recoveryContacts(deps, accountId);
  return recovery ? [row.email, recovery] : [row.email];
}
