import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { decodeAttestationObject } from "@simplewebauthn/server/helpers";
import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Account } from "../accounts/accounts";
import { isViolation } from "../db-errors";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import type { Session } from "../sessions/sessions";
import { addFactor } from "../two-factor/add-factor";
import { consumeChallenge, issueChallenge, type ChallengeReason } from "./challenges";
import {
  checkAuthenticatorData,
  checkClientData,
  fromBase64URL,
  type ResponseReason,
} from "./checks";

async function credentialsOf(deps: Deps, accountId: string) {
  const c = schema.webauthnCredentials;
  return deps.db
    .select({ credentialId: c.credentialId, transports: c.transports })
    .from(c)
    .innerJoin(schema.factors, eq(schema.factors.id, c.factorId))
    .where(eq(schema.factors.accountId, accountId));
}

/**
 * Options for the browser to make a new credential: our RP, this account, its keys excluded
 * (the same authenticator is not registered twice), no attestation. A passkey is discoverable
 * and made with user verification.
 */
export async function beginRegistration(
  deps: Deps,
  session: Session,
  options: { account: Account; label: string; passkey?: boolean | undefined },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { account, label, passkey = false } = options;
  const { rpId, rpName, userVerification, challengeTtlMs } = deps.config.webauthn;
  const existing = await credentialsOf(deps, account.id);
  const challenge = await issueChallenge(deps, {
    ceremony: "registration",
    sessionId: session.id,
    accountId: account.id,
    label,
    passkey,
  });
  return generateRegistrationOptions({
    rpName,
    rpID: rpId,
    userName: account.email,
    userDisplayName: account.displayName || account.email,
    userID: Buffer.from(account.id.replace(/-/g, ""), "hex"),
    challenge: Buffer.from(challenge, "base64url"),
    timeout: challengeTtlMs,
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({
      id: c.credentialId,
      transports: c.transports,
    })),
    authenticatorSelection: passkey
      ? { residentKey: "required", userVerification: "required" }
      : { residentKey: "discouraged", userVerification },
  });
}

export type RegistrationReason = ResponseReason | ChallengeReason | "CREDENTIAL_ALREADY_REGISTERED";

/**
 * Checks the new credential (challenge consumed first, then origin, ceremony, RP ID, presence,
 * attestation) and adds it as a factor; when it is the first, two-step turns on and the backup
 * codes come back, to be shown once.
 */
export async function finishRegistration(
  deps: Deps,
  session: Session,
  response: RegistrationResponseJSON,
  meta: RequestMeta,
): Promise<Result<{ id: string; backupCodes?: string[] }, RegistrationReason>> {
  const client = checkClientData(deps, response.response.clientDataJSON, "registration");
  if (!client.ok) return client;
  const consumed = await consumeChallenge(deps, client.value.challenge, "registration", session.id);
  if (!consumed.ok) return consumed;
  const { label, passkey, accountId } = consumed.value;
  if (accountId !== session.accountId || label === null) return fail("CHALLENGE_NOT_FOUND");

  const attestation = fromBase64URL(response.response.attestationObject);
  if (!attestation) return fail("INVALID_WEBAUTHN_RESPONSE");
  let authData: Uint8Array | undefined;
  try {
    authData = decodeAttestationObject(new Uint8Array(attestation)).get("authData");
  } catch {
    return fail("INVALID_WEBAUTHN_RESPONSE");
  }
  if (!authData) return fail("INVALID_WEBAUTHN_RESPONSE");
  const requireUserVerification = passkey || deps.config.webauthn.userVerification === "required";
  const data = checkAuthenticatorData(deps, authData, { requireUserVerification });
  if (!data.ok) return data;

  let info;
  try {
    const verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: client.value.challenge,
      expectedOrigin: client.value.origin,
      expectedRPID: deps.config.webauthn.rpId,
      requireUserVerification,
    });
    if (!verified.verified) return fail("INVALID_WEBAUTHN_RESPONSE");
    info = verified.registrationInfo;
  } catch {
    return fail("INVALID_WEBAUTHN_RESPONSE");
  }
  const credentialId = info.credential.id;
  const c = schema.webauthnCredentials;
  const [taken] = await deps.db
    .select({ id: c.factorId })
    .from(c)
    .where(eq(c.credentialId, credentialId));
  if (taken) return fail("CREDENTIAL_ALREADY_REGISTERED");
  try {
    const added = await deps.db.transaction((tx) =>
      addFactor(deps, tx, {
        accountId: session.accountId,
        kind: "webauthn",
        label,
        meta,
        writeSecret: async (factorId) => {
          await tx.insert(c).values({
            factorId,
            credentialId,
            publicKey: Buffer.from(info.credential.publicKey).toString("base64url"),
            signCount: info.credential.counter,
            aaguid: info.aaguid,
            transports: info.credential.transports ?? [],
            passkey,
            backedUp: info.credentialBackedUp,
          });
        },
      }),
    );
    return ok(added);
  } catch (error) {
    // Two accounts racing to register one authenticator: the unique index decides.
    if (isViolation(error, "unique")) return fail("CREDENTIAL_ALREADY_REGISTERED");
    throw error;
  }
}
