// Test helpers: a person with a software security key, as the browser would register it.
import { createSoftAuthenticator, type SoftAuthenticator } from "@twofold/testing";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, type TestEngine } from "./engine";
import type { IssuedSession } from "../src/sessions/sessions";
import { signedUpPerson } from "./sign-up";

export const ORIGIN = "http://localhost:3000";
export const RP_ID = "localhost";

export interface PersonWithKey {
  email: string;
  accountId: string;
  key: SoftAuthenticator;
  factorId: string;
  backupCodes: string[];
  session: IssuedSession;
}

/** Signs up and registers a software key (a passkey when asked) as the first factor. */
export async function personWithKey(
  engine: TestEngine,
  options: { passkey?: boolean } = {},
): Promise<PersonWithKey> {
  const { twofold } = engine;
  const email = uniqueEmail("key");
  const session = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
  const account = await twofold.accounts.get(session.session.accountId);
  if (!account) throw new Error("account missing");
  const options_ = await twofold.webauthn.beginRegistration(session.session, {
    account,
    label: "YubiKey",
    passkey: options.passkey ?? false,
  });
  const key = createSoftAuthenticator(options.passkey ? { userHandle: options_.user.id } : {});
  const response = key.register({ challenge: options_.challenge, origin: ORIGIN, rpId: RP_ID });
  const added = must(
    await twofold.webauthn.finishRegistration(
      session.session,
      response as RegistrationResponseJSON,
      TEST_META,
    ),
  );
  return {
    email,
    accountId: account.id,
    key,
    factorId: added.id,
    backupCodes: added.backupCodes ?? [],
    session,
  };
}
