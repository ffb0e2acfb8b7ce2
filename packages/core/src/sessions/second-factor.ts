import { sql } from "drizzle-orm";
import { consumeBackupCode } from "../backup-codes/backup-codes";
import type { Deps, Tx } from "../deps";
import { fail, ok, type Reason, type Result } from "../errors";
import { checkLock, clearFailures, recordFailure, type FailureScope } from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent, type EventDetail } from "../security-log/security-log";
import { checkTOTP } from "../totp/verify";
import { activateSession, type IssuedSession, type Session } from "./sessions";

type Check<T> = (tx: Tx) => Promise<Result<T & { detail: EventDetail }>>;

/**
 * The one path every second factor takes to finish a sign-in: the session must be pending, the
 * factor not locked; a failure is counted (across sessions and servers) and logged, a success
 * clears the count, is logged, and rotates the session's token.
 */
async function completeSignIn<T>(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  meta: RequestMeta,
  check: Check<T>,
): Promise<Result<IssuedSession & { result: T }>> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  return deps.db.transaction(async (tx) => {
    // Serialises the attempts of one account: each sees the failures counted before it, so
    // guesses sent in parallel cannot all pass the lock check before any of them is counted.
    await tx.execute(sql`select id from accounts where id = ${session.accountId} for update`);
    const lock = await checkLock(deps, session.accountId, scope, tx);
    if (!lock.ok) return lock;
    const outcome = await check(tx);
    if (!outcome.ok) {
      if (outcome.reason === "INVALID_CODE_FORMAT") return outcome;
      // A replay teaches a guesser nothing (the code was already known), so it is logged, not
      // counted: a double-submitted form must not lock its owner out.
      if (outcome.reason === "CODE_ALREADY_USED") {
        await recordEvent(deps, tx, session.accountId, "code_replay_refused", meta, { factor: scope });
        return outcome;
      }
      const { locked } = await recordFailure(deps, tx, session.accountId, scope);
      await recordEvent(deps, tx, session.accountId, "second_factor_failed", meta, { factor: scope });
      if (locked) await recordEvent(deps, tx, session.accountId, "factor_locked", meta, { factor: scope });
      return outcome;
    }
    if (lock.hasFailures) await clearFailures(tx, session.accountId, scope);
    const issued = await activateSession(deps, tx, session);
    if (!issued) return fail("NO_PENDING_SIGN_IN");
    const { detail, ...result } = outcome.value;
    await recordEvent(deps, tx, session.accountId, "sign_in_succeeded", meta, { factor: scope, ...detail });
    return ok({ ...issued, result: result as T });
  });
}

export function verifyTOTPSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession & { result: { factorId: string } }>> {
  return completeSignIn(deps, session, "totp", meta, async (tx) => {
    const r = await checkTOTP(deps, tx, session.accountId, code);
    return r.ok ? ok({ factorId: r.value.factorId, detail: { label: r.value.label } }) : r;
  });
}

export function verifyBackupCodeSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession & { result: { remaining: number } }>> {
  return completeSignIn(deps, session, "backup_code", meta, async (tx) => {
    const r = await consumeBackupCode(deps, tx, session.accountId, code);
    if (!r.ok) return r;
    await recordEvent(deps, tx, session.accountId, "backup_code_used", meta, { remaining: r.value.remaining });
    return ok({ remaining: r.value.remaining, detail: {} });
  });
}

export type { Reason };
