/**
 * A person with two-step on through an OTP app, as the settings page makes one: the one driver
 * of this layer (the API's tests sign such a person in through the caller, on top of this).
 */
import { otpAppCode } from "@twofold/testing";
import type { IssuedSession } from "../src/sessions/sessions";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, type TestEngine } from "./engine";
import { signedUpPerson } from "./sign-up";

export interface PersonWithTOTP {
  email: string;
  accountId: string;
  otpauthUri: string;
  factorId: string;
  backupCodes: string[];
  session: IssuedSession;
}

/** Signs up and turns on two-step with an OTP app, as a person would; time moves one step. */
export async function personWithTOTP(
  engine: TestEngine,
  email = uniqueEmail(),
): Promise<PersonWithTOTP> {
  const session = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
  const { accountId } = session.session;
  const app = await addOTPApp(engine, accountId, "Phone");
  return {
    email,
    accountId,
    otpauthUri: app.otpauthUri,
    factorId: app.id,
    backupCodes: app.backupCodes ?? [],
    session,
  };
}

/**
 * Adds an OTP app to the account, enrolled and confirmed as its settings page does (the
 * account's first method turns two-step on: its backup codes come back). Time moves one step:
 * the confirming code's step is spent, the next sign-in needs the next code.
 */
export async function addOTPApp(
  engine: TestEngine,
  accountId: string,
  label: string,
): Promise<{ id: string; otpauthUri: string; backupCodes?: string[] }> {
  const { twofold, clock } = engine;
  const account = await twofold.accounts.get(accountId);
  if (!account) throw new Error("account missing");
  const enrollment = must(await twofold.totp.beginEnrollment(account, label));
  const code = otpAppCode(enrollment.otpauthUri, clock.now());
  const confirmed = must(
    await twofold.totp.confirmEnrollment(
      accountId,
      { enrollmentId: enrollment.enrollmentId, code },
      TEST_META,
    ),
  );
  clock.advanceSeconds(30);
  return { ...confirmed, otpauthUri: enrollment.otpauthUri };
}
