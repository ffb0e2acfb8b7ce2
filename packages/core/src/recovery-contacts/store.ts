import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { open, seal } from "../crypto/secret-box";
import type { Deps } from "../deps";
import type { Tx } from "../ports";

export type ContactsRow = typeof schema.recoveryContacts.$inferSelect;

/** The account's recovery contacts row (in `tx` when given), or null when it has none yet. */
export async function readContacts(
  deps: Pick<Deps, "db">,
  accountId: string,
  tx?: Tx,
): Promise<ContactsRow | null> {
  const c = schema.recoveryContacts;
  const [row] = await (tx ?? deps.db).select().from(c).where(eq(c.accountId, accountId));
  return row ?? null;
}

/** Seals an address or number for this account's row (it opens for no other account). */
export function sealFor(deps: Pick<Deps, "keys" | "random">, accountId: string, value: string) {
  return seal(deps.keys.secretBox, deps.random.bytes(12), Buffer.from(value), accountId);
}

/** Opens what `sealFor` sealed for this account. */
export function openFor(deps: Pick<Deps, "keys">, accountId: string, sealed: string): string {
  return open(deps.keys.secretBox, sealed, accountId).toString();
}

/** Writes some columns of the account's row, creating the row when it has none. */
export async function writeContacts(
  deps: Pick<Deps, "db">,
  accountId: string,
  set: Partial<Omit<ContactsRow, "accountId">>,
): Promise<void> {
  const c = schema.recoveryContacts;
  await deps.db
    .insert(c)
    .values({ accountId, ...set })
    .onConflictDoUpdate({ target: c.accountId, set });
}
