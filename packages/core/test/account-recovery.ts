// Test helpers: a person whose every method is lost, and the proofs a recovery can be given.
import type { RecoveryProof } from "../src/account-recovery/proofs";
import { must, TEST_META, TEST_PASSWORD, type TestEngine } from "./engine";
import { personWithTOTP, type PersonWithTOTP } from "./totp";

export interface PersonWithAppPassword extends PersonWithTOTP {
  /** A live application password: a proof only the owner holds. */
  appPassword: string;
}

/** Two-step on with an OTP app (the phone that is lost), and one application password. */
export async function personWithAppPassword(engine: TestEngine): Promise<PersonWithAppPassword> {
  const person = await personWithTOTP(engine);
  const { password } = must(
    await engine.twofold.appPasswords.create(
      person.accountId,
      { name: "Thunderbird", scopes: ["mail"] },
      TEST_META,
    ),
  );
  return { ...person, appPassword: password };
}

/** The recovery claim of a person who lost every method: address, password and a proof. */
export function claimOf(
  person: { email: string },
  proof: RecoveryProof | undefined,
  password = TEST_PASSWORD,
) {
  return { email: person.email, password, proof, meta: TEST_META };
}
