// The one HTTP driver of "a person with TOTP on", as every client of the API contract does it:
// sign up, begin an OTP app's enrollment, confirm it with the app's code. The attack suite, the
// crash suite and the single-server tests all go through it.
import { otpAppCode } from "@twofold/testing";
import { call, data, type CallOptions, type Reply } from "./http";

/** Sends one procedure call on behalf of a person (their session, their address, ...). */
export type Send = (path: string, input?: unknown) => Promise<Reply>;

/** A `Send` to `base` with fixed call options (a bearer token, a cookie, headers). */
export function sender(base: string, options: CallOptions = {}): Send {
  return (path, input) => call(base, path, input, options);
}

/** Signs up with the session's token in the body: the bearer token. */
export async function signUp(send: Send, email: string, password: string): Promise<string> {
  return data<{ token: string }>(await send("auth.signUp", { email, password, tokenInBody: true }))
    .token;
}

export interface TOTPEnrollment {
  enrollmentId: string;
  otpauthUri: string;
}

/** Begins adding an OTP app (labelled "Phone"): what the app scans. */
export async function beginTOTP(send: Send): Promise<TOTPEnrollment> {
  return data<TOTPEnrollment>(await send("totp.beginEnrollment", { label: "Phone" }));
}

/** Confirms an OTP app with `code`: two-step turns on, and its backup codes come back. */
export async function confirmTOTP(
  send: Send,
  enrollmentId: string,
  code: string,
): Promise<{ backupCodes: string[] }> {
  return data<{ backupCodes: string[] }>(
    await send("totp.confirmEnrollment", { enrollmentId, code }),
  );
}

export interface TOTPOn {
  otpauthUri: string;
  backupCodes: string[];
}

/** Adds an OTP app for the session `send` holds, confirmed with its code at `at`. */
export async function turnOnTOTP(send: Send, at: Date = new Date()): Promise<TOTPOn> {
  const e = await beginTOTP(send);
  const { backupCodes } = await confirmTOTP(send, e.enrollmentId, otpAppCode(e.otpauthUri, at));
  return { otpauthUri: e.otpauthUri, backupCodes };
}

/** Signs up over HTTP and turns two-step on with an OTP app (its code taken at `at`). */
export async function signUpWithTOTP(
  base: string,
  email: string,
  password: string,
  at: Date = new Date(),
): Promise<{ email: string; token: string } & TOTPOn> {
  const token = await signUp(sender(base), email, password);
  return { email, token, ...(await turnOnTOTP(sender(base, { token }), at)) };
}
