import { consumeBackupCode } from "../backup-codes/backup-codes";
import { normalizeBackupCode } from "../backup-codes/codes";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import {
  chargeAttempt,
  lockIfExhausted,
  refundAttempt,
  type FailureScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent, type EventDetail } from "../security-log/security-log";
import { normalizeTOTPCode } from "../totp/otp";
import { checkTOTP } from "../totp/verify";
import { finishSignIn } from "./finish-sign-in";
import type { IssuedSession, Session } from "./sessions";

/** What a factor's check hands back: its result, the factor used (if any) and what to log. */
type Checked<T> = Result<{ result: T; factorId: string | null; detail: EventDetail }>;

/**
 * The one path every second factor takes to finish a sign-in. The attempt is charged to the
 * factor's failure count before the code is checked (one atomic statement), so guesses sent in
 * parallel each take a number and only the first `maxFailures` are ever checked; the next one
 * locks the factor. A wrong code keeps its charge and is logged; a replay is refunded (it
 * teaches a guesser nothing, and a double-submitted form must not lock its owner out); a right
 * code finishes the sign-in in one statement that also clears the count.
 */
async function completeSignIn<T>(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  meta: RequestMeta,
  wellFormed: boolean,
  check: () => Promise<Checked<T>>,
): Promise<Result<IssuedSession & { result: T }>> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  // Checked before anything is charged: malformed input changes nothing.
  if (!wellFormed) return fail("INVALID_CODE_FORMAT");
  const attempt = await chargeAttempt(deps, session.accountId, scope);
  if (!attempt.ok) {
    await recordEvent(deps, deps.db, session.accountId, "sign_in_rate_limited", meta, {
      factor: scope,
    });
    return attempt;
  }
  const outcome = await check();
  if (!outcome.ok) {
    if (outcome.reason === "CODE_ALREADY_USED") {
      await refundAttempt(deps, session.accountId, scope);
      await recordEvent(deps, deps.db, session.accountId, "code_replay_refused", meta, {
        factor: scope,
      });
      return outcome;
    }
    const { locked } = await lockIfExhausted(deps, session.accountId, scope);
    await recordEvent(deps, deps.db, session.accountId, "second_factor_failed", meta, {
      factor: scope,
    });
    if (locked)
      await recordEvent(deps, deps.db, session.accountId, "factor_locked", meta, { factor: scope });
    return outcome;
  }
  const { result, factorId, detail } = outcome.value;
  const issued = await finishSignIn(deps, session, scope, factorId, meta, detail);
  if (!issued) return fail("NO_PENDING_SIGN_IN");
  return ok({ ...issued, result });
}

export function verifyTOTPSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession & { result: { factorId: string } }>> {
  return completeSignIn(deps, session, "totp", meta, normalizeTOTPCode(code) !== null, async () => {
    const r = await checkTOTP(deps, deps.db, session.accountId, code);
    if (!r.ok) return r;
    return ok({
      result: { factorId: r.value.factorId },
      factorId: r.value.factorId,
      detail: { label: r.value.label },
    });
  });
}

export function verifyBackupCodeSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession & { result: { remaining: number } }>> {
  return completeSignIn(
    deps,
    session,
    "backup_code",
    meta,
    normalizeBackupCode(code) !== null,
    async () => {
      const r = await consumeBackupCode(deps, deps.db, session.accountId, code);
      if (!r.ok) return r;
      await recordEvent(deps, deps.db, session.accountId, "backup_code_used", meta, {
        remaining: r.value.remaining,
      });
      return ok({ result: { remaining: r.value.remaining }, factorId: null, detail: {} });
    },
  );
}
