import { schema } from "@twofold/db";
import { and, count, eq, isNull } from "drizzle-orm";
import { keyedHash, newId } from "../crypto/tokens";
import type { Deps, Tx } from "../deps";
import { fail, ok, type Result } from "../errors";
import { generateBackupCodes, normalizeBackupCode } from "./codes";

/**
 * Replaces the account's codes with a new set, inside the caller's transaction: the old set
 * dies with the same commit that makes the new one. Returns the codes to show once.
 */
export async function issueBackupCodes(deps: Deps, tx: Tx, accountId: string): Promise<string[]> {
  const codes = generateBackupCodes(deps.random);
  const now = deps.clock.now();
  await tx.delete(schema.backupCodes).where(eq(schema.backupCodes.accountId, accountId));
  await tx.insert(schema.backupCodes).values(
    codes.map((code) => ({
      id: newId(deps.random),
      accountId,
      // Keyed hash: codes have 60 bits, and the key is not in the database.
      codeHash: keyedHash(deps.keys.backupCodes, normalizeBackupCode(code) ?? code),
      createdAt: now,
    })),
  );
  return codes;
}

export async function remainingBackupCodes(
  deps: Pick<Deps, "db">,
  accountId: string,
  tx: Tx = deps.db,
): Promise<number> {
  const t = schema.backupCodes;
  const [row] = await tx
    .select({ n: count() })
    .from(t)
    .where(and(eq(t.accountId, accountId), isNull(t.usedAt)));
  return row?.n ?? 0;
}

/**
 * Uses one code: a single conditional UPDATE marks it used, so of two concurrent uses of one
 * code exactly one succeeds. The lookup is by keyed hash: equality on an HMAC under a secret
 * key leaks nothing a timing attack could use.
 */
export async function consumeBackupCode(
  deps: Deps,
  tx: Tx,
  accountId: string,
  input: string,
): Promise<
  Result<{ remaining: number }, "INVALID_CODE_FORMAT" | "INVALID_CODE" | "CODE_ALREADY_USED">
> {
  const code = normalizeBackupCode(input);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const t = schema.backupCodes;
  const hash = keyedHash(deps.keys.backupCodes, code);
  const used = await tx
    .update(t)
    .set({ usedAt: deps.clock.now() })
    .where(and(eq(t.accountId, accountId), eq(t.codeHash, hash), isNull(t.usedAt)))
    .returning({ id: t.id });
  if (used.length === 1) return ok({ remaining: await remainingBackupCodes(deps, accountId, tx) });
  const [spent] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.accountId, accountId), eq(t.codeHash, hash)));
  return fail(spent ? "CODE_ALREADY_USED" : "INVALID_CODE");
}
