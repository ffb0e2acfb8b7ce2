import {
  generateAuthenticationOptions,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { ok } from "../errors";
import type { RequestMeta } from "../ports";
import { completeSignIn, type SignedIn } from "../sessions/second-factor";
import type { Session } from "../sessions/sessions";
import { issueChallenge } from "./challenges";
import { findCredential, verifyAssertion, type AssertionReason } from "./credentials";

/** The account's keys (passkeys too), as a browser's allowCredentials names them. */
export async function accountKeys(
  deps: Pick<Deps, "db">,
  accountId: string,
): Promise<{ id: string; transports: string[] }[]> {
  const c = schema.webauthnCredentials;
  return deps.db
    .select({ id: c.credentialId, transports: c.transports })
    .from(c)
    .innerJoin(schema.factors, eq(schema.factors.id, c.factorId))
    .where(eq(schema.factors.accountId, accountId));
}

/** Options to sign in with one of the account's keys, for a session waiting for its factor. */
export async function beginWebAuthnSignIn(
  deps: Deps,
  session: Session,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const keys = await accountKeys(deps, session.accountId);
  const challenge = await issueChallenge(deps, {
    ceremony: "authentication",
    sessionId: session.id,
    accountId: session.accountId,
  });
  const { rpId, userVerification, challengeTtlMs } = deps.config.webauthn;
  return generateAuthenticationOptions({
    rpID: rpId,
    challenge: Buffer.from(challenge, "base64url"),
    timeout: challengeTtlMs,
    userVerification,
    allowCredentials: keys.map((k) => ({ id: k.id, transports: k.transports })),
  });
}

/** The second factor with a security key: the one sign-in path, with the key's checks. */
export async function verifyWebAuthnSignIn(
  deps: Deps,
  session: Session,
  response: AuthenticationResponseJSON,
  meta: RequestMeta,
): Promise<SignedIn<{ factorId: string }, AssertionReason>> {
  const requireUV = deps.config.webauthn.userVerification === "required";
  const done = await completeSignIn(deps, {
    session,
    scope: "webauthn",
    meta,
    wellFormed: true,
    find: async () => {
      const checked = await verifyAssertion(deps, response, {
        ceremony: "authentication",
        sessionId: session.id,
        lookup: (id) => findCredential(deps, id, { accountId: session.accountId }),
        requireUserVerification: requireUV,
        meta,
      });
      if (!checked.ok) return checked;
      const { credential, spend } = checked.value;
      return ok({ spend, factorId: credential.factorId, detail: { label: credential.label } });
    },
  });
  if (!done.ok) return done;
  const { factorId, ...issued } = done.value;
  return ok({ ...issued, result: { factorId } });
}
