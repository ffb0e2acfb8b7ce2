import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";

/**
 * Where a reset link goes: the account's own address. The slice that adds a verified recovery
 * address extends this one place (the link then goes to both).
 */
export async function resetLinkAddresses(
  deps: Pick<Deps, "db">,
  accountId: string,
): Promise<string[]> {
  const a = schema.accounts;
  const [row] = await deps.db.select({ email: a.email }).from(a).where(eq(a.id, accountId));
  return row ? [row.email] : [];
}
