import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import type { Session } from "../sessions/sessions";
import { normalizeTOTPCode } from "../totp/otp";
import { findTOTPMatch, spendTOTPStep, type TOTPCheckReason } from "../totp/verify";
import { completeStepUp, type StepUpReason, type SteppedUp } from "./step-up";

/**
 * Step-up with the code of an OTP app. The code is found as at sign-in and its time step is
 * spent in the statement that steps up, so a code used to sign in cannot step up, nor the
 * other way round, and guesses count against the app's one lock.
 */
export async function stepUpWithTOTP(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<SteppedUp, StepUpReason<TOTPCheckReason | "FACTOR_NOT_AVAILABLE">>> {
  if (normalizeTOTPCode(code) === null) return fail("INVALID_CODE_FORMAT");
  const f = schema.factors;
  const [app] = await deps.db
    .select({ id: f.id })
    .from(f)
    .where(and(eq(f.accountId, session.accountId), eq(f.kind, "totp")))
    .limit(1);
  // No OTP app to check against: nothing is charged, nothing was guessed.
  if (!app) return fail("FACTOR_NOT_AVAILABLE");
  return completeStepUp(deps, {
    session,
    scope: "totp",
    meta,
    find: async () => {
      const r = await findTOTPMatch(deps, session.accountId, code);
      if (!r.ok) return r;
      const { factorId, label, step } = r.value;
      return ok({ spend: spendTOTPStep(factorId, step), factorId, detail: { label } });
    },
  });
}
