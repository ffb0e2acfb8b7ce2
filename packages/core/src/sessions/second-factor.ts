import { sql, type SQL } from "drizzle-orm";
import {
  findBackupCode,
  remainingBackupCodes,
  spendBackupCode,
} from "../backup-codes/backup-codes";
import { normalizeBackupCode } from "../backup-codes/codes";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Reason, type Result } from "../errors";
import { chargeAttempt, afterFailure, refundAttempt, type FailureScope } from "../limits/failures";
import type { RequestMeta } from "../ports";
import {
  recordEvent,
  type EventDetail,
  type SecurityEventType,
} from "../security-log/security-log";
import { normalizeTOTPCode } from "../totp/otp";
import { findTOTPMatch, spendTOTPStep } from "../totp/verify";
import { finishSignIn } from "./finish-sign-in";
import type { IssuedSession, Session } from "./sessions";

/** A right code, found by a factor: how to spend it, which factor it was, what to log. */
interface Found<F extends string | null> {
  spend: SQL;
  factorId: F;
  detail: EventDetail;
  /** Written by the same statement as the sign-in (see finishSignIn). */
  alsoLog?: { type: SecurityEventType; detail: SQL };
}

type Signed<T> = Result<IssuedSession & { result: T }>;

/**
 * The one path every second factor takes to finish a sign-in. The attempt is charged to the
 * factor's failure count before the code is checked (one atomic statement), so guesses sent in
 * parallel each take a number and only `maxFailures` per round are ever checked. A wrong code
 * keeps its charge and is logged; a replay is refunded (it teaches a guesser nothing, and a
 * double-submitted form must not lock its owner out); a right code is spent by the one
 * statement that also finishes the sign-in and clears the count.
 */
export async function completeSignIn<F extends string | null>(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  meta: RequestMeta,
  wellFormed: boolean,
  find: () => Promise<Result<Found<F>>>,
): Promise<Result<IssuedSession & { factorId: F }>> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  // Checked before anything is charged: malformed input changes nothing.
  if (!wellFormed) return fail("INVALID_CODE_FORMAT");
  const { accountId } = session;
  const attempt = await chargeAttempt(deps, accountId, scope);
  if (!attempt.ok) {
    await recordEvent(deps, deps.db, accountId, "sign_in_rate_limited", meta, { factor: scope });
    return attempt;
  }
  const found = await find();
  if (found.ok) {
    const { spend, factorId, detail, alsoLog } = found.value;
    const outcome = await finishSignIn(
      deps,
      session,
      scope,
      spend,
      factorId,
      meta,
      detail,
      alsoLog,
    );
    if (typeof outcome === "object") return ok({ ...outcome, factorId });
    return refuse(deps, accountId, scope, meta, outcome);
  }
  return refuse(deps, accountId, scope, meta, found.reason);
}

/** A charged attempt that did not sign in: refunded when it was no guess, else counted and logged. */
export async function refuse(
  deps: Deps,
  accountId: string,
  scope: FailureScope,
  meta: RequestMeta,
  reason: Reason,
): Promise<Failure> {
  if (reason === "CODE_ALREADY_USED") {
    await refundAttempt(deps, accountId, scope);
    await recordEvent(deps, deps.db, accountId, "code_replay_refused", meta, { factor: scope });
    return fail(reason);
  }
  // No guess was checked: no sign-in pending, no SMS code sent for it, or a security key's
  // answer to a challenge already spent or gone (a resend: no signature was checked).
  if (
    reason === "NO_PENDING_SIGN_IN" ||
    reason === "NO_CODE_SENT" ||
    reason === "CHALLENGE_NOT_FOUND" ||
    reason === "CHALLENGE_EXPIRED"
  ) {
    await refundAttempt(deps, accountId, scope);
    return fail(reason);
  }
  const { locked, disabled } = await afterFailure(deps, accountId, scope);
  await recordEvent(deps, deps.db, accountId, "second_factor_failed", meta, { factor: scope });
  if (locked)
    await recordEvent(
      deps,
      deps.db,
      accountId,
      disabled ? "factor_disabled" : "factor_locked",
      meta,
      {
        factor: scope,
      },
    );
  return fail(reason);
}

export async function verifyTOTPSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Signed<{ factorId: string }>> {
  const wellFormed = normalizeTOTPCode(code) !== null;
  const done = await completeSignIn(deps, session, "totp", meta, wellFormed, async () => {
    const r = await findTOTPMatch(deps, session.accountId, code);
    if (!r.ok) return r;
    const { factorId, label, step } = r.value;
    return ok({ spend: spendTOTPStep(factorId, step), factorId, detail: { label } });
  });
  if (!done.ok) return done;
  const { factorId, ...issued } = done.value;
  return ok({ ...issued, result: { factorId } });
}

export async function verifyBackupCodeSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Signed<{ remaining: number }>> {
  const wellFormed = normalizeBackupCode(code) !== null;
  const done = await completeSignIn(deps, session, "backup_code", meta, wellFormed, async () => {
    const r = await findBackupCode(deps, session.accountId, code);
    if (!r.ok) return r;
    // Counted in the statement's snapshot, before this code is spent: one fewer remain.
    const remainingAfter = sql`jsonb_build_object('remaining', (
      select count(*)::int - 1 from backup_codes
       where account_id = ${session.accountId} and used_at is null))`;
    return ok({
      spend: spendBackupCode(deps, r.value.id),
      factorId: null,
      detail: {},
      alsoLog: { type: "backup_code_used", detail: remainingAfter },
    });
  });
  if (!done.ok) return done;
  const remaining = await remainingBackupCodes(deps, session.accountId);
  const { factorId: _none, ...issued } = done.value;
  return ok({ ...issued, result: { remaining } });
}
