import { schema } from "@twofold/db";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import type { Deps, Tx } from "../deps";
import { fail, type Failure } from "../errors";

/** What is counted: the password, and each kind of second factor, separately. */
export type FailureScope = "password" | "totp" | "backup_code";

/** A success ends the run of failures of that scope (and only that scope). */
export async function clearFailures(tx: Tx, accountId: string, scope: FailureScope): Promise<void> {
  const t = schema.failureCounters;
  await tx.delete(t).where(and(eq(t.accountId, accountId), eq(t.scope, scope)));
}

/**
 * Counts an attempt before it is checked, in one statement, so that guesses sent in parallel
 * each take a number: only the first `maxFailures` are ever checked, the next one locks the
 * scope. No lock is held while checking (argon2 takes milliseconds). A success then clears the
 * count; a lock that has run out starts a new count. Counters live in the database, so they
 * hold across sessions and servers.
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
export async function lockIfExhausted(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<{ locked: boolean }> {
  const t = schema.failureCounters;
  const { maxFailures, lockMs } = deps.config.limits;
  const rows = await deps.db
    .update(t)
    .set({ lockedUntil: new Date(deps.clock.now().getTime() + lockMs) })
    .where(
      and(
        eq(t.accountId, accountId),
        eq(t.scope, scope),
        gte(t.failures, maxFailures),
        isNull(t.lockedUntil),
      ),
    )
    .returning({ failures: t.failures });
  return { locked: rows.length > 0 };
}

/** Gives back the charge of an attempt that was not a guess (a replay of a spent code). */
export async function refundAttempt(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<void> {
  const t = schema.failureCounters;
  await deps.db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(and(eq(t.accountId, accountId), eq(t.scope, scope), isNull(t.lockedUntil)));
}
