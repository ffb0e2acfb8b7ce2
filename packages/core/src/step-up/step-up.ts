import type { Deps } from "../deps";
import { fail, ok, type Reason, type Result } from "../errors";
import {
  chargeAttempt,
  refundAttempt,
  type ChargeRefusal,
  type FailureScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { refuse } from "../sessions/second-factor";
import type { RightCode } from "../sessions/finish-sign-in";
import type { Session } from "../sessions/sessions";
import { finishStepUp, type StepUpRefusal } from "./finish";

/** Log entries of a step-up's tries say so (the same events as at sign-in). */
export const STEP_UP_DETAIL = { stepUp: true } as const;

/** A live session: security changes are open until then. */
export interface SteppedUp {
  until: Date;
}

/** A step-up with a second factor: the factor's reasons, its lock's, and the finish's. */
export type StepUpReason<R extends Reason> =
  R | ChargeRefusal | StepUpRefusal | "SECOND_FACTOR_REQUIRED";

/** A code (or a key's answer) given to step up, and how the factor checks it. */
export interface StepUpAttempt<R extends Reason> {
  session: Session;
  scope: FailureScope;
  meta: RequestMeta;
  /** Checks the code: the right one (how to spend it), or why there is none. */
  find: () => Promise<Result<RightCode, R>>;
}

/**
 * The one path of a second factor at step-up, the sign-in's own rules: the attempt is charged
 * to the factor's failure count (the SAME count and lock as at sign-in: one factor, one lock,
 * whatever the door) before the code is checked; a wrong code keeps its charge, is logged and
 * may lock or disable the factor; a replay is refunded; a right code is spent by the one
 * statement that steps the session up and clears the count (`finishStepUp`).
 */
export async function completeStepUp<R extends Reason>(
  deps: Deps,
  attempt: StepUpAttempt<R>,
): Promise<Result<SteppedUp, StepUpReason<R>>> {
  const { session, scope, meta } = attempt;
  const { accountId } = session;
  if (session.state !== "active") return fail("SECOND_FACTOR_REQUIRED");
  const charge = await chargeAttempt(deps, accountId, scope);
  if (!charge.ok) {
    await recordEvent(deps, {
      accountId,
      type: "sign_in_rate_limited",
      meta,
      detail: { factor: scope, ...STEP_UP_DETAIL },
    });
    return charge;
  }
  const failed = { accountId, scope, meta, detail: STEP_UP_DETAIL };
  const found = await attempt.find();
  if (!found.ok) return refuse(deps, failed, found.reason);
  const outcome = await finishStepUp(deps, { session, scope, meta, code: found.value });
  if (typeof outcome === "object") return ok(outcome);
  if (outcome === "UNAUTHENTICATED") {
    // The session ended meanwhile: nothing was stepped up, and no guess counted.
    await refundAttempt(deps, accountId, scope);
    return fail(outcome);
  }
  return refuse(deps, failed, outcome);
}
