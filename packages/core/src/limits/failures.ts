import { schema } from "@twofold/db";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
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

/**
 * Counts an attempt before it is checked, in one statement: for checks too slow to run under a
 * lock (argon2), so that guesses sent in parallel each take a number and only the first
 * `maxFailures` are checked; the next one locks the scope. A success then clears the count.
 * (Code checks are fast: they run serialised per account and count only their failures.)
 */
export async function chargeAttempt(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<Failure<"RATE_LIMITED"> | { ok: true }> {
  const t = schema.failureCounters;
  const { maxFailures, lockMs } = deps.config.limits;
  const now = deps.clock.now();
  const lockUntil = new Date(now.getTime() + lockMs);
  const nowSQL = sql`${now.toISOString()}::timestamptz`;
  // In ON CONFLICT DO UPDATE every column reference is the row as it was before this attempt.
  const [row] = await deps.db
    .insert(t)
    .values({ accountId, scope, failures: 1, lockedUntil: null })
    .onConflictDoUpdate({
      target: [t.accountId, t.scope],
      set: {
        failures: sql`case when ${t.lockedUntil} > ${nowSQL} then ${t.failures}
                           when ${t.lockedUntil} is not null then 1
                           else ${t.failures} + 1 end`,
        lockedUntil: sql`case when ${t.lockedUntil} > ${nowSQL} then ${t.lockedUntil}
                              when ${t.lockedUntil} is not null then null
                              when ${t.failures} + 1 > ${maxFailures} then ${lockUntil.toISOString()}::timestamptz
                              else null end`,
      },
    })
    .returning({ lockedUntil: t.lockedUntil });
  if (row?.lockedUntil && row.lockedUntil > now) return fail("RATE_LIMITED", row.lockedUntil);
  return { ok: true };
}

/** After a charged attempt failed: the `maxFailures`-th consecutive failure locks the scope now. */
export async function lockIfExhausted(deps: Deps, accountId: string, scope: FailureScope): Promise<{ locked: boolean }> {
  const t = schema.failureCounters;
  const { maxFailures, lockMs } = deps.config.limits;
  const rows = await deps.db
    .update(t)
    .set({ lockedUntil: new Date(deps.clock.now().getTime() + lockMs) })
    .where(and(eq(t.accountId, accountId), eq(t.scope, scope), gte(t.failures, maxFailures), isNull(t.lockedUntil)))
    .returning({ failures: t.failures });
  return { locked: rows.length > 0 };
}
