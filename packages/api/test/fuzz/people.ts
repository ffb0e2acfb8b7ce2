/**
 * The person whose clients send the fuzzed inputs: two-step on with a factor of every kind (an
 * OTP app, a security key, a phone, a device), signed in twice (fully, and waiting for the
 * second factor), and the real ids and codes that mutated inputs reuse.
 */
import { generateKeyPairSync } from "node:crypto";
import {
  TEST_PASSWORD,
  uniqueMobile,
  type PersonWithTOTP,
  type TestEngine,
} from "@twofold/core/testing";
import { createSoftAuthenticator, type SmsProviderServer } from "@twofold/testing";
import type { TokenSource } from "../../src/context";
import { createClient, type Client } from "../clients";
import { personSignedInWithTOTP } from "../sign-in";

/** Values that exist in the database (they change when the person is replaced). */
export interface Known {
  email: string;
  password: string;
  accountId: string;
  /** The OTP app, the security key, the phone and the device, as factors. */
  factorId: string;
  keyFactorId: string;
  phoneFactorId: string;
  deviceFactorId: string;
  phone: string;
  /** A phone being added: its code was sent, never entered. */
  pendingPhoneId: string;
  sessionId: string;
  backupCode: string;
  /** The code of the current step: already spent by the sign-in (the clock stands still). */
  totpCode: string;
  totpEnrollmentId: string;
  deviceEnrollmentId: string;
  deviceEnrollmentCode: string;
  /** Another account's factor and session: ids that must never reach across accounts. */
  strangerFactorId: string;
  strangerSessionId: string;
}

export type Stranger = Pick<Known, "strangerFactorId" | "strangerSessionId">;

/** A device's real public key: with a live enrollment code, `device.enroll` succeeds. */
export const DEVICE_KEY = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({
  format: "jwk",
}) as Record<string, string>;

const ORIGIN = "http://localhost:5173";

/** Adds a security key, a phone and a device through the API; their factor ids by kind. */
async function addOtherFactors(
  engine: TestEngine,
  client: Client,
  sms: SmsProviderServer,
): Promise<Record<"webauthn" | "sms" | "push" | "phone" | "pendingPhoneId", string>> {
  const { caller } = client;
  const creation = await caller.webauthn.beginRegistration({ label: "Key", passkey: true });
  const key = createSoftAuthenticator({ userHandle: creation.user.id });
  const response = key.register({
    challenge: creation.challenge,
    origin: ORIGIN,
    rpId: "localhost",
  });
  const webauthn = (await caller.webauthn.finishRegistration({ response })).id;
  const phone = uniqueMobile();
  const added = await caller.sms.addPhone({ phone });
  const smsId = (
    await caller.sms.confirmPhone({ phoneId: added.phoneId, code: sms.lastCode(phone) })
  ).id;
  const pendingPhoneId = (await caller.sms.addPhone({ phone: uniqueMobile() })).phoneId;
  const enrollment = await caller.push.beginDeviceEnrollment({ label: "Phone" });
  const device = createClient(engine.twofold, "bearer");
  await device.caller.device.enroll({
    enrollmentCode: enrollment.enrollmentCode,
    publicKey: { ...DEVICE_KEY },
    algorithm: "ES256",
    name: "Phone",
    platform: "android",
  });
  const factors = (await caller.twoFactor.status()).factors;
  const push = factors.find((f) => f.kind === "push")?.id;
  if (!push) throw new Error("the device did not become a factor");
  return { webauthn, sms: smsId, push, phone: added.e164, pendingPhoneId };
}

/** A new person with every kind of factor, its signed-in client and the ids to reuse. */
export async function newPerson(
  engine: TestEngine,
  via: TokenSource,
  sms: SmsProviderServer,
  stranger: Stranger,
): Promise<{ person: PersonWithTOTP; client: Client; known: Known }> {
  const { person, client, sessionId, totpCode } = await personSignedInWithTOTP(engine, via);
  const others = await addOtherFactors(engine, client, sms);
  const totp = await client.caller.totp.beginEnrollment({ label: "Tablet" });
  const device = await client.caller.push.beginDeviceEnrollment({ label: "Tablet" });
  const known: Known = {
    email: person.email,
    password: TEST_PASSWORD,
    accountId: person.accountId,
    factorId: person.factorId,
    keyFactorId: others.webauthn,
    phoneFactorId: others.sms,
    deviceFactorId: others.push,
    phone: others.phone,
    pendingPhoneId: others.pendingPhoneId,
    sessionId,
    backupCode: person.backupCodes[0] ?? "",
    totpCode,
    totpEnrollmentId: totp.enrollmentId,
    deviceEnrollmentId: device.enrollmentId,
    deviceEnrollmentCode: device.enrollmentCode,
    ...stranger,
  };
  return { person, client, known };
}
