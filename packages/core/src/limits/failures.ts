import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps, Tx } from "../deps";
import { fail, type Failure } from "../errors";

/** What is counted: the password, and each kind of second factor, separately. */
export type FailureScope = "password" | "totp" | "backup_code";

/**
 * Refuses early while a scope is locked. Counters live in the database, so they hold across
 * sessions and servers. Returns whether a counter exists (so a success knows to clear it).
 */
export async function checkLock(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
  tx: Tx = deps.db,
): Promise<Failure<"RATE_LIMITED"> | { ok: true; hasFailures: boolean }> {
  const t = schema.failureCounters;
  const [row] = await tx
    .select({ failures: t.failures, lockedUntil: t.lockedUntil })
    .from(t)
    .where(and(eq(t.accountId, accountId), eq(t.scope, scope)));
  if (row?.lockedUntil && row.lockedUntil > deps.clock.now()) {
    return fail("RATE_LIMITED", row.lockedUntil);
  }
  return { ok: true, hasFailures: row !== undefined };
}

/** Counts one failure in one statement; the Nth consecutive one locks the scope. */
export async function recordFailure(
  deps: Deps,
  tx: Tx,
  accountId: string,
  scope: FailureScope,
): Promise<{ locked: boolean }> {
  const t = schema.failureCounters;
  const { maxFailures, lockMs } = deps.config.limits;
  const lockUntil = new Date(deps.clock.now().getTime() + lockMs);
  const [row] = await tx
    .insert(t)
    .values({ accountId, scope, failures: 1, lockedUntil: maxFailures <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: [t.accountId, t.scope],
      set: {
        failures: sql`case when ${t.failures} + 1 >= ${maxFailures} then 0 else ${t.failures} + 1 end`,
        lockedUntil: sql`case when ${t.failures} + 1 >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${t.lockedUntil} end`,
      },
    })
    .returning({ lockedUntil: t.lockedUntil });
  return { locked: row?.lockedUntil?.getTime() === lockUntil.getTime() };
}

/** A success ends the run of failures of that scope (and only that scope). */
export async function clearFailures(tx: Tx, accountId: string, scope: FailureScope): Promise<void> {
  const t = schema.failureCounters;
  await tx.delete(t).where(and(eq(t.accountId, accountId), eq(t.scope, scope)));
}
