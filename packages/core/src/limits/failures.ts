import { schema } from "@twofold/db";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Deps, Tx } from "../deps";
import { fail, type Failure } from "../errors";

/** What is counted: the password, and each kind of second factor, separately. */
export type FailureScope =
  "password" | "totp" | "backup_code" | "webauthn" | "push" | "sms" | "sync_password";

/** A success ends the run of failures of that scope (and only that scope). */
export async function clearFailures(tx: Tx, accountId: string, scope: FailureScope): Promise<void> {
  const t = schema.failureCounters;
  await tx.delete(t).where(and(eq(t.accountId, accountId), eq(t.scope, scope)));
}

/** How long the next lock lasts: lockMs, doubled for every lock already served, at most a day. */
function lockDuration(deps: Deps, locks: SQL): SQL {
  const { lockMs } = deps.config.limits;
  return sql`least(${lockMs} * power(2, ${locks}), ${MAX_LOCK_MS}) * interval '1 millisecond'`;
}

const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/**
 * Counts an attempt before it is checked, in one statement, so that guesses sent in parallel
 * each take a number: only `maxFailures` per round are ever checked; the next one locks the
 * scope. No lock is held while checking (argon2 takes milliseconds). Only a success clears the
 * count: when a lock runs out, the next round again allows `maxFailures` guesses, and its lock
 * lasts twice as long (so guessing slows down geometrically instead of going on forever).
 * Counters live in the database, so they hold across sessions and servers.
 */
export async function chargeAttempt(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<Failure<"RATE_LIMITED"> | { ok: true }> {
  const t = schema.failureCounters;
  const { maxFailures } = deps.config.limits;
  const now = deps.clock.now();
  const nowSQL = sql`${now.toISOString()}::timestamptz`;
  // In ON CONFLICT DO UPDATE every column reference is the row as it was before this attempt.
  const locked = sql`${t.lockedUntil} > ${nowSQL}`;
  const overflow = sql`${t.failures} + 1 > ${maxFailures} * (${t.locks} + 1)`;
  const [row] = await deps.db
    .insert(t)
    .values({ accountId, scope, failures: 1, lockedUntil: null, locks: 0 })
    .onConflictDoUpdate({
      target: [t.accountId, t.scope],
      set: {
        failures: sql`case when ${locked} or ${overflow} then ${t.failures} else ${t.failures} + 1 end`,
        lockedUntil: sql`case when ${locked} then ${t.lockedUntil}
                              when ${overflow} then ${nowSQL} + ${lockDuration(deps, sql`${t.locks}`)}
                              else ${t.lockedUntil} end`,
        locks: sql`case when ${locked} then ${t.locks} when ${overflow} then ${t.locks} + 1 else ${t.locks} end`,
      },
    })
    .returning({ lockedUntil: t.lockedUntil });
  if (row?.lockedUntil && row.lockedUntil > now) return fail("RATE_LIMITED", row.lockedUntil);
  return { ok: true };
}

/** After a charged attempt failed: the round's last allowed failure locks the scope now. */
export async function lockIfExhausted(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<{ locked: boolean }> {
  const t = schema.failureCounters;
  const { maxFailures } = deps.config.limits;
  const nowSQL = sql`${deps.clock.now().toISOString()}::timestamptz`;
  const rows = await deps.db
    .update(t)
    .set({
      lockedUntil: sql`${nowSQL} + ${lockDuration(deps, sql`${t.locks}`)}`,
      locks: sql`${t.locks} + 1`,
    })
    .where(
      and(
        eq(t.accountId, accountId),
        eq(t.scope, scope),
        sql`${t.failures} >= ${maxFailures} * (${t.locks} + 1)`,
        sql`(${t.lockedUntil} is null or ${t.lockedUntil} <= ${nowSQL})`,
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
  const nowSQL = sql`${deps.clock.now().toISOString()}::timestamptz`;
  await deps.db
    .update(t)
    .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
    .where(
      and(
        eq(t.accountId, accountId),
        eq(t.scope, scope),
        sql`(${t.lockedUntil} is null or ${t.lockedUntil} <= ${nowSQL})`,
      ),
    );
}
