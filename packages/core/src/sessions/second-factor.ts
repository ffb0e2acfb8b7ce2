import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import {
  findBackupCode,
  remainingBackupCodes,
  spendBackupCode,
} from "../backup-codes/backup-codes";
import { normalizeBackupCode } from "../backup-codes/codes";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Reason, type Result } from "../errors";
import {
  afterFailure,
  chargeAttempt,
  openToAttempt,
  refundAttempt,
  type FailureScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { normalizeTOTPCode } from "../totp/otp";
import { findTOTPMatch, spendTOTPStep } from "../totp/verify";
import { finishGatedSignIn, finishSignIn, type RightCode } from "./finish-sign-in";
import type { IssuedSession, Session } from "./sessions";

type Signed<T> = Result<IssuedSession & { result: T }>;

/**
 * The one path every second factor takes to finish a sign-in. The attempt is charged to the
 * factor's failure count before the code is checked (one atomic statement), so guesses sent in
 * parallel each take a number and only `maxFailures` per round are ever checked. A wrong code
 * keeps its charge and is logged; a replay is refunded (it teaches a guesser nothing, and a
 * double-submitted form must not lock its owner out); a right code is spent by the one
 * statement that also finishes the sign-in and clears the count.
 *
 * `findReadsOnly`: the factor's `find` writes nothing (an OTP app, a backup code), so the code
 * may be checked first, and a right one finishes the sign-in in one statement gated by
 * `openToAttempt`: a success clears the count anyway, so the charge would only be undone. The
 * gate is read by the finishing statement itself, so a right code passes exactly when a charge
 * would have passed at that point, and no answer tells more than before: a wrong code, a
 * replay, or a closed gate take the charged path, whose answer waits for the charge.
 */
export async function completeSignIn<F extends string | null>(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  meta: RequestMeta,
  wellFormed: boolean,
  find: () => Promise<Result<RightCode<F>>>,
  findReadsOnly = false,
): Promise<Result<IssuedSession & { factorId: F }>> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  // Checked before anything is charged: malformed input changes nothing.
  if (!wellFormed) return fail("INVALID_CODE_FORMAT");
  if (!findReadsOnly) return chargedSignIn(deps, session, scope, meta, find);
  const found = await find();
  if (!found.ok) return chargedSignIn(deps, session, scope, meta, () => Promise.resolve(found));
  const { accountId } = session;
  const gate = openToAttempt(deps, accountId, scope);
  const outcome = await finishGatedSignIn(deps, session, scope, found.value, meta, gate);
  if (typeof outcome === "object") return ok({ ...outcome, factorId: found.value.factorId });
  if (outcome === "LIMITED")
    return chargedSignIn(deps, session, scope, meta, () => Promise.resolve(found));
  // Nothing was charged: a lost race for the same code (or session) is no guess.
  if (outcome === "CODE_ALREADY_USED")
    await recordEvent(deps, {
      accountId,
      type: "code_replay_refused",
      meta,
      detail: { factor: scope },
    });
  return fail(outcome);
}

/** Charges the attempt, then checks the code (`find`) and finishes or refuses. */
async function chargedSignIn<F extends string | null>(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  meta: RequestMeta,
  find: () => Promise<Result<RightCode<F>>>,
): Promise<Result<IssuedSession & { factorId: F }>> {
  const { accountId } = session;
  const attempt = await chargeAttempt(deps, accountId, scope);
  if (!attempt.ok) {
    await recordEvent(deps, {
      accountId,
      type: "sign_in_rate_limited",
      meta,
      detail: { factor: scope },
    });
    return attempt;
  }
  const found = await find();
  if (found.ok) {
    const outcome = await finishSignIn(deps, session, scope, found.value, meta);
    if (typeof outcome === "object") return ok({ ...outcome, factorId: found.value.factorId });
    return refuse(deps, accountId, scope, meta, outcome);
  }
  // The code or challenge is gone because a concurrent attempt finished this sign-in (it is
  // spent with it): nothing was compared (refunded either way), and the sign-in is what ended.
  // Only reasons that compared nothing: CODE_EXPIRED may follow a compared last try, which
  // must count whatever became of the session meanwhile (its owner can end it at will).
  if (GONE_WITH_THE_SIGN_IN.has(found.reason) && !(await stillPending(deps, session.id)))
    return refuse(deps, accountId, scope, meta, "NO_PENDING_SIGN_IN");
  return refuse(deps, accountId, scope, meta, found.reason);
}

const GONE_WITH_THE_SIGN_IN: ReadonlySet<Reason> = new Set<Reason>([
  "NO_CODE_SENT",
  "CHALLENGE_NOT_FOUND",
]);

async function stillPending(deps: Deps, sessionId: string): Promise<boolean> {
  const s = schema.sessions;
  const [row] = await deps.db
    .select({ id: s.id })
    .from(s)
    .where(and(eq(s.id, sessionId), eq(s.state, "pending_second_factor")));
  return row !== undefined;
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
    await recordEvent(deps, {
      accountId,
      type: "code_replay_refused",
      meta,
      detail: { factor: scope },
    });
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
  await recordEvent(deps, {
    accountId,
    type: "second_factor_failed",
    meta,
    detail: { factor: scope },
  });
  if (locked)
    await recordEvent(deps, {
      accountId,
      type: disabled ? "factor_disabled" : "factor_locked",
      meta,
      detail: {
        factor: scope,
      },
    });
  return fail(reason);
}

export async function verifyTOTPSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Signed<{ factorId: string }>> {
  const wellFormed = normalizeTOTPCode(code) !== null;
  const done = await completeSignIn(
    deps,
    session,
    "totp",
    meta,
    wellFormed,
    async () => {
      const r = await findTOTPMatch(deps, session.accountId, code);
      if (!r.ok) return r;
      const { factorId, label, step } = r.value;
      return ok({ spend: spendTOTPStep(factorId, step), factorId, detail: { label } });
    },
    true,
  );
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
  const done = await completeSignIn(
    deps,
    session,
    "backup_code",
    meta,
    wellFormed,
    async () => {
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
    },
    true,
  );
  if (!done.ok) return done;
  const remaining = await remainingBackupCodes(deps, session.accountId);
  const { factorId: _none, ...issued } = done.value;
  return ok({ ...issued, result: { remaining } });
}
