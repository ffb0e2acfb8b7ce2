import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { verifyAuthenticationResponse } from "@simplewebauthn/server";
import { schema } from "@twofold/db";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { consumeChallenge, type ChallengeReason } from "./challenges";
import {
  checkAuthenticatorData,
  checkClientData,
  counterRegressed,
  fromBase64URL,
  type Ceremony,
  type ResponseReason,
} from "./checks";

export interface StoredCredential {
  factorId: string;
  accountId: string;
  label: string;
  credentialId: string;
  publicKey: string;
  signCount: number;
  transports: string[];
  passkey: boolean;
}

/** A credential by its id: of this account (a second factor), or of any (a passkey sign-in). */
export async function findCredential(
  deps: Deps,
  credentialId: string,
  where: { accountId: string } | { passkey: true },
): Promise<StoredCredential | null> {
  const c = schema.webauthnCredentials;
  const f = schema.factors;
  const [row] = await deps.db
    .select({
      factorId: c.factorId,
      accountId: f.accountId,
      label: f.label,
      credentialId: c.credentialId,
      publicKey: c.publicKey,
      signCount: c.signCount,
      transports: c.transports,
      passkey: c.passkey,
    })
    .from(c)
    .innerJoin(f, eq(f.id, c.factorId))
    .where(
      and(
        eq(c.credentialId, credentialId),
        "accountId" in where ? eq(f.accountId, where.accountId) : eq(c.passkey, true),
      ),
    );
  return row ?? null;
}

export type AssertionReason =
  ResponseReason | ChallengeReason | "CREDENTIAL_NOT_FOUND" | "SIGN_COUNT_REGRESSION";

export interface VerifiedAssertion {
  credential: StoredCredential;
  /** The counter update, conditional on the counter read: run in the statement that signs in. */
  spend: SQL;
}

/**
 * Checks an answer to a sign-in challenge, each part with its own reason: the challenge is
 * consumed first (single use), then origin and ceremony, the credential (`lookup`), RP ID,
 * presence and verification, the counter (a counter that does not grow is logged as a possible
 * clone), and last the signature.
 */
export async function verifyAssertion(
  deps: Deps,
  response: AuthenticationResponseJSON,
  options: {
    ceremony: Ceremony;
    sessionId: string | null;
    lookup: (credentialId: string) => Promise<StoredCredential | null>;
    requireUserVerification: boolean;
    /** Once the account is known, before anything costly: the attempt limit (passkeys). */
    admit?: (
      credential: StoredCredential,
    ) => Promise<Failure<"RATE_LIMITED" | "FACTOR_DISABLED"> | null>;
    meta: RequestMeta;
  },
): Promise<Result<VerifiedAssertion, AssertionReason | "RATE_LIMITED" | "FACTOR_DISABLED">> {
  const { ceremony, sessionId, requireUserVerification, meta } = options;
  const client = checkClientData(deps, response.response.clientDataJSON, ceremony);
  if (!client.ok) return client;
  const consumed = await consumeChallenge(deps, client.value.challenge, ceremony, sessionId);
  if (!consumed.ok) return consumed;
  const credential = await options.lookup(response.id);
  if (!credential) return fail("CREDENTIAL_NOT_FOUND");
  const refused = await options.admit?.(credential);
  if (refused) return refused;
  const authData = fromBase64URL(response.response.authenticatorData);
  if (!authData) return fail("INVALID_WEBAUTHN_RESPONSE");
  const data = checkAuthenticatorData(deps, authData, { requireUserVerification });
  if (!data.ok) return data;
  if (counterRegressed(credential.signCount, data.value.counter)) {
    await recordEvent(deps, {
      accountId: credential.accountId,
      type: "cloned_key_suspected",
      meta,
      detail: {
        label: credential.label,
        stored: credential.signCount,
        reported: data.value.counter,
      },
    });
    return fail("SIGN_COUNT_REGRESSION");
  }
  const publicKey = fromBase64URL(credential.publicKey);
  if (!publicKey) return fail("INVALID_WEBAUTHN_RESPONSE");
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: client.value.challenge,
      expectedOrigin: client.value.origin,
      expectedRPID: deps.config.webauthn.rpId,
      requireUserVerification,
      credential: {
        id: credential.credentialId,
        publicKey: new Uint8Array(publicKey),
        counter: credential.signCount,
      },
    });
    if (!verified.verified) return fail("INVALID_WEBAUTHN_RESPONSE");
  } catch {
    return fail("INVALID_WEBAUTHN_RESPONSE");
  }
  const spend = sql`update webauthn_credentials set sign_count = ${data.value.counter}
                     where factor_id = ${credential.factorId} and sign_count = ${credential.signCount}`;
  return ok({ credential, spend });
}
