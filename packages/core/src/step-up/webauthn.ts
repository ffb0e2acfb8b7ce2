import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import type { Session } from "../sessions/sessions";
import { accountKeys } from "../webauthn/authentication";
import { issueChallenge } from "../webauthn/challenges";
import { findCredential, verifyAssertion, type AssertionReason } from "../webauthn/credentials";
import { completeStepUp, type StepUpReason, type SteppedUp } from "./step-up";

/**
 * Options to confirm a security change with one of the account's security keys or passkeys.
 * The challenge is bound to this session and to the step-up ceremony: it finishes no sign-in,
 * and no other session can answer it.
 */
export async function beginStepUpWebAuthn(
  deps: Deps,
  session: Session,
): Promise<
  Result<PublicKeyCredentialRequestOptionsJSON, "FACTOR_NOT_AVAILABLE" | "SECOND_FACTOR_REQUIRED">
> {
  if (session.state !== "active") return fail("SECOND_FACTOR_REQUIRED");
  const keys = await accountKeys(deps, session.accountId);
  if (keys.length === 0) return fail("FACTOR_NOT_AVAILABLE");
  const challenge = await issueChallenge(deps, {
    ceremony: "step_up",
    sessionId: session.id,
    accountId: session.accountId,
  });
  const { rpId, userVerification, challengeTtlMs } = deps.config.webauthn;
  return ok(
    await generateAuthenticationOptions({
      rpID: rpId,
      challenge: Buffer.from(challenge, "base64url"),
      timeout: challengeTtlMs,
      // "preferred" unless the installation requires a PIN or fingerprint of every key.
      userVerification,
      allowCredentials: keys.map((k) => ({ id: k.id, transports: k.transports })),
    }),
  );
}

/**
 * The key's answer: the challenge is consumed (one DELETE, this session's step-up challenge
 * only), then the answer is checked as at sign-in (origin, RP ID, presence, the counter that
 * must grow, the signature); the counter is updated by the statement that steps up.
 */
export async function finishStepUpWebAuthn(
  deps: Deps,
  session: Session,
  response: AuthenticationResponseJSON,
  meta: RequestMeta,
): Promise<Result<SteppedUp, StepUpReason<AssertionReason>>> {
  const requireUV = deps.config.webauthn.userVerification === "required";
  return completeStepUp(deps, {
    session,
    scope: "webauthn",
    meta,
    find: async () => {
      const checked = await verifyAssertion(deps, response, {
        ceremony: "step_up",
        sessionId: session.id,
        lookup: (id) => findCredential(deps, id, { accountId: session.accountId }),
        requireUserVerification: requireUV,
        meta,
      });
      if (!checked.ok) return checked;
      const { credential, spend } = checked.value;
      const detail = { label: credential.label, ...(credential.passkey && { passkey: true }) };
      return ok({ spend, factorId: credential.factorId, detail });
    },
  });
}
