import type { Deps } from "../deps";
import { ok } from "../errors";
import type { RequestMeta } from "../ports";
import { completeSignInCheckedFirst, type SignedIn } from "../sessions/second-factor";
import type { Session } from "../sessions/sessions";
import { normalizeTOTPCode } from "./otp";
import { findTOTPMatch, spendTOTPStep, type TOTPCheckReason } from "./verify";

/**
 * The code of an OTP app typed at sign-in. Finding it writes nothing, so it is checked first
 * (`completeSignInCheckedFirst`); its time step is spent by the statement that activates the
 * session, so a code signs in once.
 */
export async function verifyTOTPSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<SignedIn<{ factorId: string }, TOTPCheckReason>> {
  const done = await completeSignInCheckedFirst(deps, {
    session,
    scope: "totp",
    meta,
    wellFormed: normalizeTOTPCode(code) !== null,
    find: async () => {
      const r = await findTOTPMatch(deps, session.accountId, code);
      if (!r.ok) return r;
      const { factorId, label, step } = r.value;
      return ok({ spend: spendTOTPStep(factorId, step), factorId, detail: { label } });
    },
  });
  if (!done.ok) return done;
  const { factorId, ...issued } = done.value;
  return ok({ ...issued, result: { factorId } });
}
