import { PASSKEY_AMR } from "../sessions/amr";
import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { queryRows, schema } from "@twofold/db";
import { eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { chargeAttempt, clearFailures, type ChargeRefusal } from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { refuse } from "../sessions/second-factor";
import { createSession, type IssuedSession } from "../sessions/sessions";
import { issueChallenge } from "./challenges";
import {
  findCredential,
  verifyAssertion,
  type AssertionReason,
  type StoredCredential,
} from "./credentials";
import { fromBase64URL } from "./checks";

/** Options for "Sign in with a passkey": any of our passkeys, user verification required. */
export async function beginPasskeySignIn(
  deps: Deps,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const challenge = await issueChallenge(deps, {
    ceremony: "passkey",
    sessionId: null,
    accountId: null,
  });
  const { rpId, challengeTtlMs } = deps.config.webauthn;
  return generateAuthenticationOptions({
    rpID: rpId,
    challenge: Buffer.from(challenge, "base64url"),
    timeout: challengeTtlMs,
    userVerification: "required",
    allowCredentials: [],
  });
}

/** The user handle a passkey returns is the account id it was made for. */
function sameAccount(response: AuthenticationResponseJSON, credential: StoredCredential): boolean {
  const handle = response.response.userHandle;
  if (handle === undefined) return true;
  const bytes = fromBase64URL(handle);
  return bytes !== null && bytes.toString("hex") === credential.accountId.replace(/-/g, "");
}

/** Why a passkey signs nothing in: its answer, the attempt limit, or a concurrent use of it. */
export type PasskeySignInReason = AssertionReason | ChargeRefusal | "CODE_ALREADY_USED";

/**
 * Signs in with a passkey alone: possession of the key and the person's verification (PIN,
 * biometrics) are both factors. Limited like a second factor, counted per account.
 */
export async function finishPasskeySignIn(
  deps: Deps,
  response: AuthenticationResponseJSON,
  options: { remember?: boolean },
  meta: RequestMeta,
): Promise<Result<IssuedSession, PasskeySignInReason>> {
  let accountId: string | null = null;
  const checked = await verifyAssertion(deps, response, {
    ceremony: "passkey",
    sessionId: null,
    lookup: (id) => findCredential(deps, id, { passkey: true }),
    requireUserVerification: true,
    admit: async (credential) => {
      accountId = credential.accountId;
      const attempt = await chargeAttempt(deps, credential.accountId, "passkey");
      return attempt.ok ? null : attempt;
    },
    meta,
  });
  const charged: string | null = accountId;
  if (!checked.ok) {
    if (
      charged === null ||
      checked.reason === "RATE_LIMITED" ||
      checked.reason === "FACTOR_DISABLED"
    )
      return checked;
    return refuse(deps, { accountId: charged, scope: "passkey", meta }, checked.reason);
  }
  const { credential, spend } = checked.value;
  if (!sameAccount(response, credential)) {
    const failed = { accountId: credential.accountId, scope: "passkey", meta } as const;
    return refuse(deps, failed, "INVALID_WEBAUTHN_RESPONSE");
  }
  const issued = await deps.db.transaction(async (tx) => {
    const spent = await queryRows(tx, sql`${spend} returning 1`);
    if (spent.length !== 1) return null;
    const now = deps.clock.now();
    const session = await createSession(deps, {
      tx,
      accountId: credential.accountId,
      state: "active",
      persistent: options.remember ?? false,
      meta,
      amr: PASSKEY_AMR,
    });
    await tx
      .update(schema.factors)
      .set({ lastUsedAt: now })
      .where(eq(schema.factors.id, credential.factorId));
    await clearFailures(tx, credential.accountId, "passkey");
    await recordEvent(deps, {
      tx,
      accountId: credential.accountId,
      type: "sign_in_succeeded",
      meta,
      detail: {
        factor: "passkey",
        label: credential.label,
      },
    });
    return session;
  });
  if (!issued) return fail("CODE_ALREADY_USED");
  return ok(issued);
}
