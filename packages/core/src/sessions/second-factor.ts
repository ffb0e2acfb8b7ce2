import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Reason, type Result } from "../errors";
import {
  afterFailure,
  chargeAttempt,
  openToAttempt,
  refundAttempt,
  type ChargeRefusal,
  type FailureScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent, type EventDetail } from "../security-log/security-log";
import {
  finishGatedSignIn,
  finishSignIn,
  type FinishRefusal,
  type RightCode,
} from "./finish-sign-in";
import type { IssuedSession, Session } from "./sessions";

/** Refused before anything is charged: no sign-in to finish, or malformed input. */
type UpFrontRefusal = "NO_PENDING_SIGN_IN" | "INVALID_CODE_FORMAT";

/**
 * What a second-factor sign-in can answer: the reasons of its factor's `find` (R), and those of
 * the one path every factor takes (refused up front, by the attempt limit, or by the finish).
 */
export type SignInReason<R extends Reason> = R | UpFrontRefusal | ChargeRefusal | FinishRefusal;

/** A finished second-factor sign-in: the new session, and what the factor tells the caller. */
export type SignedIn<T, R extends Reason> = Result<IssuedSession & { result: T }, SignInReason<R>>;

/** A code typed (or a key's answer) for a pending sign-in, and how the factor checks it. */
export interface SignInAttempt<F extends string | null, R extends Reason> {
  session: Session;
  scope: FailureScope;
  meta: RequestMeta;
  /** False for malformed input: refused before anything is charged. */
  wellFormed: boolean;
  /** Checks the code: the right one (how to spend it), or why there is none. */
  find: () => Promise<Result<RightCode<F>, R>>;
}

type Completed<F extends string | null, R extends Reason> = Result<
  IssuedSession & { factorId: F },
  SignInReason<R>
>;

/**
 * The one path every second factor takes to finish a sign-in. The attempt is charged to the
 * factor's failure count before the code is checked (one atomic statement), so guesses sent in
 * parallel each take a number and only `maxFailures` per round are ever checked. A wrong code
 * keeps its charge and is logged; a replay is refunded (it teaches a guesser nothing, and a
 * double-submitted form must not lock its owner out); a right code is spent by the one
 * statement that also finishes the sign-in and clears the count. For factors whose `find`
 * writes (an SMS code counts its tries, a key's challenge is consumed).
 */
export async function completeSignIn<F extends string | null, R extends Reason>(
  deps: Deps,
  attempt: SignInAttempt<F, R>,
): Promise<Completed<F, R>> {
  const refused = refusedUpFront(attempt);
  if (refused) return refused;
  return chargedSignIn(deps, attempt);
}

/**
 * `completeSignIn` for factors whose `find` writes nothing (an OTP app, a backup code): the
 * code is checked first, and a right one finishes the sign-in in one statement gated by
 * `openToAttempt`: a success clears the count anyway, so the charge would only be undone. The
 * gate is read by the finishing statement itself, so a right code passes exactly when a charge
 * would have passed at that point, and no answer tells more than before: a wrong code, a
 * replay, or a closed gate take the charged path, whose answer waits for the charge.
 */
export async function completeSignInCheckedFirst<F extends string | null, R extends Reason>(
  deps: Deps,
  attempt: SignInAttempt<F, R>,
): Promise<Completed<F, R>> {
  const refused = refusedUpFront(attempt);
  if (refused) return refused;
  const { session, scope, meta } = attempt;
  const found = await attempt.find();
  const charged = { ...attempt, find: () => Promise.resolve(found) };
  if (!found.ok) return chargedSignIn(deps, charged);
  const { accountId } = session;
  const gate = openToAttempt(deps, accountId, scope);
  const outcome = await finishGatedSignIn(deps, { session, scope, meta, code: found.value, gate });
  if (typeof outcome === "object") return ok({ ...outcome, factorId: found.value.factorId });
  if (outcome === "LIMITED") return chargedSignIn(deps, charged);
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

/** Checked before anything is charged: malformed input, or no sign-in to finish, changes nothing. */
function refusedUpFront(
  attempt: SignInAttempt<string | null, Reason>,
): Failure<UpFrontRefusal> | null {
  if (attempt.session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  if (!attempt.wellFormed) return fail("INVALID_CODE_FORMAT");
  return null;
}

/** Charges the attempt, then checks the code (`find`) and finishes or refuses. */
async function chargedSignIn<F extends string | null, R extends Reason>(
  deps: Deps,
  attempt: Omit<SignInAttempt<F, R>, "wellFormed">,
): Promise<Completed<F, R>> {
  const { session, scope, meta, find } = attempt;
  const { accountId } = session;
  const failed = { accountId, scope, meta };
  const charge = await chargeAttempt(deps, accountId, scope);
  if (!charge.ok) {
    await recordEvent(deps, {
      accountId,
      type: "sign_in_rate_limited",
      meta,
      detail: { factor: scope },
    });
    return charge;
  }
  const found = await find();
  if (found.ok) {
    const outcome = await finishSignIn(deps, { session, scope, meta, code: found.value });
    if (typeof outcome === "object") return ok({ ...outcome, factorId: found.value.factorId });
    return refuse(deps, failed, outcome);
  }
  // The code or challenge is gone because a concurrent attempt finished this sign-in (it is
  // spent with it): nothing was compared (refunded either way), and the sign-in is what ended.
  // Only reasons that compared nothing: CODE_EXPIRED may follow a compared last try, which
  // must count whatever became of the session meanwhile (its owner can end it at will).
  if (GONE_WITH_THE_SIGN_IN.has(found.reason) && !(await stillPending(deps, session.id)))
    return refuse(deps, failed, "NO_PENDING_SIGN_IN");
  return refuse(deps, failed, found.reason);
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

/** Whose charged attempt, at which factor, from where. */
export interface FailedAttempt {
  accountId: string;
  scope: FailureScope;
  meta: RequestMeta;
  /** What the log entries add (a step-up says so). */
  detail?: EventDetail;
}

/** A charged attempt that did not sign in: refunded when it was no guess, else counted and logged. */
export async function refuse<R extends Reason>(
  deps: Deps,
  attempt: FailedAttempt,
  reason: R,
): Promise<Failure<R>> {
  const { accountId, scope, meta } = attempt;
  const detail = { factor: scope, ...attempt.detail };
  if (reason === "CODE_ALREADY_USED") {
    await refundAttempt(deps, accountId, scope);
    await recordEvent(deps, {
      accountId,
      type: "code_replay_refused",
      meta,
      detail,
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
    detail,
  });
  if (locked)
    await recordEvent(deps, {
      accountId,
      type: disabled ? "factor_disabled" : "factor_locked",
      meta,
      detail,
    });
  return fail(reason);
}
