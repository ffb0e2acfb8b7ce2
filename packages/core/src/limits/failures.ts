import { queryRows, schema } from "@twofold/db";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Deps } from "../deps";
import type { Tx } from "../ports";
import { fail, type Failure } from "../errors";

/** What is counted: the password, and each kind of second factor, separately. */
export type FailureScope =
  | "password"
  | "totp"
  | "backup_code"
  | "webauthn"
  | "push"
  | "sms"
  /**
   * A passkey sign-in (no password first): counted apart from the key as a second factor, and
   * never disabled, so that someone who only knows a credential id cannot switch off the key.
   */
  | "passkey";

/**
 * Failed sign-ins to an address no account has, counted under UNKNOWN_EMAILS_ACCOUNT: one
 * counter per address (a keyed hash of it), so an unknown address costs the same work and
 * locks the same way as a known one.
 */
export type UnknownEmailScope = `password:${string}`;
export type CountedScope = FailureScope | UnknownEmailScope;
export const UNKNOWN_EMAILS_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/**
 * Sync logins used to count the account password apart, under "sync_password". Nothing reads
 * those rows any more (every door charges "password"); the password's next success removes
 * them with its own count, so no migration is needed.
 */
const LEGACY_SCOPES: Partial<Record<CountedScope, readonly string[]>> = {
  password: ["sync_password"],
};

/** A success ends the run of failures of that scope (and only that scope). */
export async function clearFailures(tx: Tx, accountId: string, scope: CountedScope): Promise<void> {
  const t = schema.failureCounters;
  const scopes = [scope, ...(LEGACY_SCOPES[scope] ?? [])];
  await tx.delete(t).where(and(eq(t.accountId, accountId), inArray(t.scope, scopes)));
}

/** How long the next lock lasts: lockMs, doubled for every lock already served, at most a day. */
function lockDuration(deps: Deps, locks: SQL): SQL {
  const { lockMs } = deps.config.limits;
  return sql`least(${lockMs} * power(2, ${locks}), ${MAX_LOCK_MS}) * interval '1 millisecond'`;
}

const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** Second factors can be disabled by guessing; the password only locks (doubling, at most a day). */
const DISABLEABLE: ReadonlySet<CountedScope> = new Set([
  "totp",
  "backup_code",
  "webauthn",
  "push",
  "sms",
]);

/** Why an attempt was not let through: the scope is locked, or the factor is disabled. */
export type ChargeRefusal = "RATE_LIMITED" | "FACTOR_DISABLED";

/**
 * Counts an attempt before it is checked, in one statement, so that guesses sent in parallel
 * each take a number: only `maxFailures` per round are ever checked; the next one locks the
 * scope. No lock is held while checking (argon2 takes milliseconds). Only a success clears the
 * count: when a lock runs out, the next round again allows `maxFailures` guesses, and its lock
 * lasts twice as long (so guessing slows down geometrically instead of going on forever). After
 * `disableAfter` consecutive failures a second factor answers FACTOR_DISABLED until its owner
 * turns it back on (NIST SP 800-63B 5.2.2). Counters live in the database, so they hold across
 * sessions and servers.
 */
export async function chargeAttempt(
  deps: Deps,
  accountId: string,
  scope: CountedScope,
): Promise<Failure<ChargeRefusal> | { ok: true }> {
  const t = schema.failureCounters;
  const { maxFailures, disableAfter } = deps.config.limits;
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
    .returning({ lockedUntil: t.lockedUntil, failures: t.failures });
  if (row?.lockedUntil && row.lockedUntil > now) {
    if (DISABLEABLE.has(scope) && row.failures >= disableAfter) return fail("FACTOR_DISABLED");
    return fail("RATE_LIMITED", row.lockedUntil);
  }
  return { ok: true };
}

/**
 * True when one more attempt of the scope could be charged now (what `chargeAttempt` lets
 * through): no lock or delay running, and the round's guesses not all spent. A right code
 * checked before it is charged is let in by the finishing statement only under this condition,
 * read in that statement (see `completeSignIn`); it needs no charge, since a success clears
 * the count anyway.
 */
export function openToAttempt(deps: Deps, accountId: string, scope: CountedScope): SQL {
  const { maxFailures } = deps.config.limits;
  const nowSQL = sql`${deps.clock.now().toISOString()}::timestamptz`;
  return sql`not exists (
    select 1 from failure_counters
     where account_id = ${accountId} and scope = ${scope}
       and (locked_until > ${nowSQL} or failures + 1 > ${maxFailures} * (locks + 1)))`;
}

/**
 * After a charged attempt failed, in one UPDATE: the `disableAfter`th failure disables a
 * second factor (locked for a century, until its owner turns it back on); the round's last
 * allowed failure locks the scope now (`lockDuration`, doubling); from `delayAfter` failures in
 * a round, the next try waits 1 s, then 2 s, 4 s, ... A scope locked already (by a parallel
 * failure, or when this is called for a refused attempt, see `checkAccountPassword`) is left as
 * it is: the statement and its cost are the same either way, so timing tells nothing.
 */
export async function afterFailure(
  deps: Deps,
  accountId: string,
  scope: CountedScope,
): Promise<{ locked: boolean; disabled: boolean }> {
  const { maxFailures, delayAfter, disableAfter } = deps.config.limits;
  const nowSQL = sql`${deps.clock.now().toISOString()}::timestamptz`;
  const disables = DISABLEABLE.has(scope) ? sql`failures >= ${disableAfter}` : sql`false`;
  const locks = sql`failures >= ${maxFailures} * (locks + 1)`;
  const inRound = sql`(failures - ${maxFailures} * locks)`;
  const rows = await queryRows<{ failures: number; locks: number; disabled: boolean }>(
    deps.db,
    sql`update failure_counters set
          locked_until = case
            when ${disables} then ${nowSQL} + interval '100 years'
            when ${locks} then ${nowSQL} + ${lockDuration(deps, sql`locks`)}
            when ${inRound} >= ${delayAfter} then greatest(coalesce(locked_until, ${nowSQL}),
              ${nowSQL} + power(2, ${inRound} - ${delayAfter}) * interval '1 second')
            else locked_until end,
          locks = case when not (${disables}) and ${locks} then locks + 1 else locks end
        where account_id = ${accountId} and scope = ${scope}
          and (locked_until is null or locked_until <= ${nowSQL})
        returning failures, locks, (${disables}) as disabled`,
  );
  const [row] = rows;
  if (!row) return { locked: false, disabled: false };
  if (row.disabled) return { locked: true, disabled: true };
  // A lock raised `locks` so that the round's failures are exactly its allowance; a failure
  // that only delays leaves at least one failure in the round beyond it.
  const locked = Number(row.locks) > 0 && Number(row.failures) === maxFailures * Number(row.locks);
  return { locked, disabled: false };
}

/**
 * For an attempt refused because the scope is locked: rewrites the counter as it is, the same
 * UPDATE of the same row a failure makes (`afterFailure`), so a locked account answers in the
 * time a wrong password or an unknown address takes. Changes nothing.
 */
export async function holdLock(deps: Deps, accountId: string, scope: CountedScope): Promise<void> {
  await deps.db.execute(
    sql`update failure_counters set locked_until = locked_until, locks = locks
         where account_id = ${accountId} and scope = ${scope}`,
  );
}

/** The second factors that guessing disabled; `enableMethod` turns one back on. */
export async function disabledScopes(deps: Deps, accountId: string): Promise<FailureScope[]> {
  const t = schema.failureCounters;
  const rows = await deps.db
    .select({ scope: t.scope })
    .from(t)
    .where(
      and(eq(t.accountId, accountId), sql`${t.failures} >= ${deps.config.limits.disableAfter}`),
    );
  return rows.map((r) => r.scope as FailureScope).filter((s) => DISABLEABLE.has(s));
}

/** Gives back the charge of an attempt that was not a guess (a replay of a spent code). */
export async function refundAttempt(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
): Promise<void> {
  const nowSQL = sql`${deps.clock.now().toISOString()}::timestamptz`;
  // A counter this attempt created is removed again, so a refusal that was no guess leaves
  // no row behind; otherwise the count goes back by one (never while locked).
  await deps.db.execute(
    sql`with gone as (
          delete from failure_counters
           where account_id = ${accountId} and scope = ${scope}
             and failures <= 1 and locks = 0 and locked_until is null
          returning 1
        )
        update failure_counters set failures = greatest(failures - 1, 0)
         where account_id = ${accountId} and scope = ${scope}
           and (locked_until is null or locked_until <= ${nowSQL})
           and not exists (select 1 from gone)`,
  );
}
