/**
 * A well-formed input for every procedure that takes one (the idea of SAMPLE_INPUT in
 * pending-session.security.test.ts, extended to public procedures), using the ids of the
 * fuzzed database. Mutations of these reach each procedure's own checks, past zod.
 */
import { APP_PASSWORD_SCOPES, BROWSER_POLICIES, SMS_COUNTRIES } from "@twofold/core";
import type * as z from "zod";
import type { ProcedureInfo } from "./procedures";
import { DEVICE_KEY, type Known } from "./people";

export const NIL_UUID = "00000000-0000-4000-8000-000000000000";
const AT = "2026-01-01T00:00:00.000Z";

const authentication = (k: Known) => ({
  id: "AAAA",
  rawId: "AAAA",
  type: "public-key",
  response: {
    clientDataJSON: "e30",
    authenticatorData: "AAAA",
    signature: "AAAA",
    userHandle: Buffer.from(k.accountId).toString("base64url"),
  },
  clientExtensionResults: {},
  authenticatorAttachment: "cross-platform",
});

const SAMPLES: Record<string, (k: Known) => unknown> = {
  "auth.signUp": () => ({
    email: "fuzz@example.ch",
    password: "a new and long passphrase",
    displayName: "Fuzz",
    remember: false,
    tokenInBody: true,
  }),
  "auth.verifyEmail": (k) => ({ email: k.email, code: "123456", tokenInBody: true }),
  "auth.signIn": (k) => ({ email: k.email, password: k.password, remember: true }),
  "auth.verifyTOTP": (k) => ({ code: k.totpCode }),
  "auth.verifyBackupCode": (k) => ({ code: k.backupCode }),
  "auth.finishWebAuthn": (k) => ({ response: authentication(k) }),
  "auth.finishPasskeySignIn": (k) => ({
    response: authentication(k),
    remember: false,
    tokenInBody: true,
  }),
  "auth.pushResult": () => ({ requestId: NIL_UUID }),
  "auth.verifyDeviceCode": () => ({ code: "123456" }),
  "auth.finishPush": () => ({ requestId: NIL_UUID }),
  "auth.cancelPush": () => ({ requestId: NIL_UUID }),
  "auth.sendSMSCode": (k) => ({ phoneId: k.phoneFactorId }),
  "auth.verifySMSCode": () => ({ code: "123456" }),
  "account.reauthenticate": (k) => ({ password: k.password }),
  "account.finishStepUpWebAuthn": (k) => ({ response: authentication(k) }),
  "account.stepUpPushResult": () => ({ requestId: NIL_UUID }),
  "account.cancelStepUpPush": () => ({ requestId: NIL_UUID }),
  "account.finishStepUpPush": () => ({ requestId: NIL_UUID }),
  "account.changePassword": () => ({ newPassword: "another long passphrase 2026" }),
  "account.setBrowserPolicy": () => ({ policy: BROWSER_POLICIES[0] }),
  "account.setTimeZone": () => ({ timeZone: "Europe/Zurich" }),
  "twoFactor.setPreferred": () => ({ kind: "totp" }),
  "totp.beginEnrollment": () => ({ label: "Fuzz phone" }),
  "totp.confirmEnrollment": (k) => ({ enrollmentId: k.totpEnrollmentId, code: "123456" }),
  "totp.rename": (k) => ({ id: k.factorId, label: "Renamed" }),
  "totp.remove": (k) => ({ id: k.strangerFactorId }),
  "webauthn.beginRegistration": () => ({ label: "Fuzz key", passkey: true }),
  "webauthn.finishRegistration": () => ({
    response: {
      id: "AAAA",
      rawId: "AAAA",
      type: "public-key",
      response: { clientDataJSON: "e30", attestationObject: "oA", transports: ["usb"] },
      clientExtensionResults: { credProps: { rk: true } },
    },
  }),
  "webauthn.rename": (k) => ({ id: k.keyFactorId, label: "Renamed" }),
  "webauthn.remove": (k) => ({ id: k.keyFactorId }),
  "sms.addPhone": () => ({ phone: "079 123 45 67", country: SMS_COUNTRIES[0] }),
  "sms.resendCode": (k) => ({ phoneId: k.pendingPhoneId }),
  "sms.confirmPhone": (k) => ({ phoneId: k.pendingPhoneId, code: "123456" }),
  "sms.rename": (k) => ({ id: k.phoneFactorId, label: "Renamed" }),
  "sms.remove": (k) => ({ id: k.phoneFactorId }),
  "recovery.setAddress": () => ({ email: "fuzz-recovery@example.net" }),
  "recovery.confirmAddress": () => ({ code: "123456" }),
  "recovery.setPhone": () => ({ phone: "079 123 45 67", country: SMS_COUNTRIES[0] }),
  "recovery.confirmPhone": () => ({ code: "123456" }),
  "push.beginDeviceEnrollment": () => ({ label: "Fuzz device" }),
  "push.enrollmentStatus": (k) => ({ enrollmentId: k.deviceEnrollmentId }),
  "push.renameDevice": (k) => ({ id: k.deviceFactorId, label: "Renamed" }),
  "push.removeDevice": (k) => ({ id: k.deviceFactorId }),
  "device.enroll": (k) => ({
    enrollmentCode: k.deviceEnrollmentCode,
    publicKey: { ...DEVICE_KEY },
    algorithm: "ES256",
    name: "Fuzz phone",
    platform: "android",
  }),
  "device.answer": (k) => ({
    requestId: NIL_UUID,
    deviceId: k.deviceFactorId,
    decision: "approve",
    number: 42,
    signature: "AAAA",
  }),
  "device.subscribe": (k) => ({
    deviceId: k.deviceFactorId,
    at: AT,
    signature: "AAAA",
    subscription: {
      endpoint: "https://push.example.com/send/abc",
      keys: { p256dh: "AAAA", auth: "AAAA" },
    },
  }),
  "device.pending": (k) => ({ deviceId: k.deviceFactorId, at: AT, signature: "AAAA" }),
  "device.status": (k) => ({
    deviceId: k.deviceFactorId,
    requestId: NIL_UUID,
    at: AT,
    signature: "AAAA",
  }),
  "device.remove": (k) => ({ deviceId: k.deviceFactorId, at: AT, signature: "AAAA" }),
  "securityLog.list": () => ({ cursor: 1, kinds: ["sign_ins"] }),
  "securityLog.export": () => ({ format: "csv" }),
  "appPasswords.create": () => ({
    name: "Fuzz mail",
    scopes: [APP_PASSWORD_SCOPES[0]],
    expiresAt: "2030-01-01T00:00:00+01:00",
  }),
  "appPasswords.revoke": () => ({ id: NIL_UUID }),
  "sessions.revoke": (k) => ({ id: k.strangerSessionId }),
  "trustedBrowsers.revoke": () => ({ id: NIL_UUID }),
};

/** Procedures with a sample of their own (the rest get one made from their input schema). */
export const SAMPLED_PATHS: readonly string[] = Object.keys(SAMPLES);

const FORMAT_EXAMPLES: Record<string, string> = {
  uuid: NIL_UUID,
  guid: NIL_UUID,
  email: "fuzz@example.ch",
  url: "https://example.com/",
  datetime: AT,
  date: "2026-01-01",
};

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  format?: string;
}

/** A simple valid value of a schema (first option, shortest string), for a procedure with no sample. */
export function exampleOf(schema: z.ZodType): unknown {
  const def = schema._zod.def as unknown as Def;
  const bag = schema._zod.bag as { minimum?: number };
  const inner = def.innerType ?? def.in ?? def.options?.[0];
  switch (def.type) {
    case "object":
      return Object.fromEntries(
        Object.entries((schema as z.ZodObject).shape).map(([key, value]) => [
          key,
          exampleOf(value as z.ZodType),
        ]),
      );
    case "enum":
      return Object.values(def.entries ?? {})[0];
    case "literal":
      return def.values?.[0];
    case "array":
      return def.element ? [exampleOf(def.element)] : [];
    case "boolean":
      return true;
    case "number":
      return Math.max(1, bag.minimum ?? 1);
    case "string":
      return FORMAT_EXAMPLES[def.format ?? ""] ?? "x".repeat(Math.max(1, bag.minimum ?? 1));
    case "record":
      return {};
    default:
      // optional, nullable, default, pipe, union...: the value of what they wrap.
      return inner ? exampleOf(inner) : null;
  }
}

/** A valid-looking input for a procedure: its sample, else an example of its input schema. */
export function sampleInput(procedure: ProcedureInfo, known: Known): unknown {
  const sample = SAMPLES[procedure.path];
  if (sample) return sample(known);
  return procedure.input ? exampleOf(procedure.input) : undefined;
}
