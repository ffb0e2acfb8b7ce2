import type { FailureScope } from "../limits/failures";

/**
 * How a session signed in, in RFC 8176's words: what the OpenID Connect provider tells apps
 * (`amr`), and what decides whether a session meets an app's request for a second step.
 * "pwd" a password; "otp" a one-time code (an OTP app's, or a backup code); "sms" a code by
 * text message; "hwk" a key held in hardware (a security key, a passkey); "swk" a key held in
 * software (the authenticator device's); "mfa" more than one factor.
 */
export type Amr = "pwd" | "otp" | "sms" | "hwk" | "swk" | "mfa";

/** The password alone (no two-step, or a browser trusted for 30 days). */
export const PASSWORD_AMR: readonly Amr[] = ["pwd"];

/** A passkey: the key in hand and the person verified by it (PIN, biometrics). */
export const PASSKEY_AMR: readonly Amr[] = ["hwk", "mfa"];

const SECOND_FACTOR_AMR: Partial<Record<FailureScope, Amr>> = {
  totp: "otp",
  backup_code: "otp",
  sms: "sms",
  webauthn: "hwk",
  push: "swk",
};

/** The password and the second factor that finished a sign-in. */
export function secondFactorAmr(scope: FailureScope): Amr[] {
  const factor = SECOND_FACTOR_AMR[scope];
  return factor ? ["pwd", factor, "mfa"] : [...PASSWORD_AMR];
}
