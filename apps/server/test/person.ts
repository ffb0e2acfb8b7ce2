// The one HTTP driver of "a person with TOTP on", as every client of the API contract does it:
// sign up, begin an OTP app's enrollment, confirm it with the app's code. The attack suite, the
// crash suite and the single-server tests all go through it.
import { resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { readMailOutbox } from "@twofold/core";
import { otpAppCode } from "@twofold/testing";
import { call, data, type CallOptions, type Reply } from "./http";

/** Where a test server mails by default (TWOFOLD_MAIL=outbox in ./data, as the server resolves it). */
export const DEFAULT_MAIL_OUTBOX = resolve("data", "mail-outbox.jsonl");

/** Sends one procedure call on behalf of a person (their session, their address, ...). */
export type Send = (path: string, input?: unknown) => Promise<Reply>;

/** A `Send` to `base` with fixed call options (a bearer token, a cookie, headers). */
export function sender(base: string, options: CallOptions = {}): Send {
  return (path, input) => call(base, path, input, options);
}

/**
 * The code of the newest address-confirmation mail to `email` in the server's mail outbox
 * (the mail worker sends within a second or so). `after`: only a mail sent since then.
 */
export async function mailedCode(
  email: string,
  options: { outbox?: string; after?: Date; timeoutMs?: number } = {},
): Promise<string> {
  const outbox = options.outbox ?? DEFAULT_MAIL_OUTBOX;
  const until = Date.now() + (options.timeoutMs ?? 20_000);
  const to = email.trim().toLowerCase();
  for (;;) {
    const mails = await readMailOutbox(outbox, 5_000).catch(() => []);
    const mail = mails
      .filter((m) => m.to === to && (!options.after || new Date(m.sentAt) >= options.after))
      .map((m) => /\/verify-email#email=[^&\s]+&code=(\d{6})/.exec(m.text)?.[1])
      .filter((code) => code !== undefined)
      .at(-1);
    if (mail) return mail;
    if (Date.now() > until) throw new Error(`no confirmation mail to ${to} in ${outbox}`);
    await sleep(100);
  }
}

/**
 * Signs up as every client does: `auth.signUp`, the code of the mail the server sent, then
 * `auth.verifyEmail`. The reply of the confirmation: its body (with the token when
 * `tokenInBody`) and, for a browser, its Set-Cookie.
 */
export async function confirmSignUp(
  send: Send,
  person: { email: string; password: string; tokenInBody?: boolean; remember?: boolean },
  options: { outbox?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  const { email, password, tokenInBody, remember } = person;
  const after = new Date(Date.now() - 1000);
  const answer = data<{ status: string }>(await send("auth.signUp", { email, password }));
  if (answer.status !== "verification_required") throw new Error(`sign-up said ${answer.status}`);
  const code = await mailedCode(email, { ...options, after });
  return send("auth.verifyEmail", {
    email,
    code,
    ...(tokenInBody !== undefined && { tokenInBody }),
    ...(remember !== undefined && { remember }),
  });
}

/** Signs up (confirming the address) with the session's token in the body: the bearer token. */
export async function signUp(
  send: Send,
  email: string,
  password: string,
  options: { outbox?: string; timeoutMs?: number } = {},
): Promise<string> {
  const reply = await confirmSignUp(send, { email, password, tokenInBody: true }, options);
  return data<{ token: string }>(reply).token;
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
  person: { email: string; password: string; at?: Date; outbox?: string },
): Promise<{ email: string; token: string } & TOTPOn> {
  const { email, password, at = new Date(), outbox } = person;
  const token = await signUp(sender(base), email, password, { ...(outbox && { outbox }) });
  return { email, token, ...(await turnOnTOTP(sender(base, { token }), at)) };
}
