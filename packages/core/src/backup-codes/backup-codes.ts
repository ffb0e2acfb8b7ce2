import { schema } from "@twofold/db";
import { and, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { keyedHash, newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { Tx } from "../ports";
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

export type BackupCodeCheckReason = "INVALID_CODE_FORMAT" | "INVALID_CODE" | "CODE_ALREADY_USED";

/**
 * Finds the code a person typed, by keyed hash (equality on an HMAC under a secret key leaks
 * nothing a timing attack could use). Reads only: the code is spent by `spendBackupCode`, in
 * the statement that finishes the sign-in.
 */
export async function findBackupCode(
  deps: Deps,
  accountId: string,
  input: string,
): Promise<Result<{ id: string }, BackupCodeCheckReason>> {
  const code = normalizeBackupCode(input);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const t = schema.backupCodes;
  const [row] = await deps.db
    .select({ id: t.id, usedAt: t.usedAt })
    .from(t)
    .where(and(eq(t.accountId, accountId), eq(t.codeHash, keyedHash(deps.keys.backupCodes, code))));
  if (!row) return fail("INVALID_CODE");
  return row.usedAt ? fail("CODE_ALREADY_USED") : ok({ id: row.id });
}

/** Marks a code used, only if it is still unused: of concurrent uses exactly one spends it. */
export function spendBackupCode(deps: Deps, codeId: string): SQL {
  return sql`update backup_codes set used_at = ${deps.clock.now().toISOString()}::timestamptz
              where id = ${codeId} and used_at is null`;
}
