import { randomInt } from "node:crypto";
/**
 * People who use a server that may die at any moment (crash.test.ts): what each of them was
 * shown, and what they were doing when the connection broke. Tests only.
 */
import { otpAppCode } from "@twofold/testing";
import { call, data, reason, type Reply } from "../http";
import { beginTOTP, confirmTOTP, signUp as signUpWith } from "../person";

export const PASSWORD = "correct horse battery staple";
const STEP_MS = 30_000;

/** What was in flight when the server died: its outcome is unknown to the person. */
export type Doubt =
  | { op: "signUp" }
  | { op: "begin" }
  | { op: "confirm" }
  | { op: "totp" }
  | { op: "backupCode"; code: string }
  | { op: "regenerate"; previous: string[]; previousUsed: Set<string> };

export interface Person {
  email: string;
  /** Each person signs in from their own address (the server trusts X-Forwarded-For). */
  ip: string;
  stage: "new" | "signedUp" | "enrolled";
  /** A session token; after a sign-in with a factor, one that may make security changes. */
  token: string | null;
  enrollment: { id: string; uri: string } | null;
  /** The otpauth URI of the confirmed OTP app. */
  uri: string | null;
  /** The backup codes this person was last shown, and those they spent (answer seen). */
  codes: string[];
  used: Set<string>;
  /** The last TOTP step presented (accepted or in doubt): the next must be later. */
  lastStep: number;
  wrongInARow: number;
  doubt: Doubt | null;
  busy: boolean;
}

/** The server went away before answering (expected only once it is being killed). */
export class Lost extends Error {}

/** Where the server currently listens (a new port after each restart). */
export interface Target {
  url: string;
  /** Where the server writes its mail (the sign-up's code is read from it). */
  mailOutbox: string;
}

export function newPerson(index: number, tag: string): Person {
  return {
    email: `crash-${tag}-${index}@example.ch`,
    ip: `198.18.${(index >> 8) & 255}.${index & 255}`,
    stage: "new",
    token: null,
    enrollment: null,
    uri: null,
    codes: [],
    used: new Set(),
    lastStep: 0,
    wrongInARow: 0,
    doubt: null,
    busy: false,
  };
}

export async function send(
  target: Target,
  p: Person,
  path: string,
  input?: unknown,
  token?: string | null,
): Promise<Reply> {
  try {
    return await call(target.url, path, input, {
      token: token ?? null,
      headers: { "x-forwarded-for": p.ip },
    });
  } catch (error) {
    throw new Lost(`${path}: ${String(error)}`);
  }
}

export const unusedCodes = (p: Person): string[] => p.codes.filter((c) => !p.used.has(c));

/** The code of the next step this person may present now; null when they must wait. */
export function totpCode(p: Person, uri: string, allowNextStep: boolean): string | null {
  const now = Math.floor(Date.now() / STEP_MS);
  const step = Math.max(p.lastStep + 1, now);
  if (step > now + (allowNextStep ? 1 : 0)) return null;
  p.lastStep = step;
  return otpAppCode(uri, new Date(step * STEP_MS + STEP_MS / 2));
}

/** A TOTP code for the next free step, waiting for the clock when both near steps are spent. */
export async function nextTOTPCode(p: Person, uri: string): Promise<string> {
  for (;;) {
    const code = totpCode(p, uri, true);
    if (code) return code;
    await new Promise((done) => setTimeout(done, STEP_MS - (Date.now() % STEP_MS) + 50));
  }
}

/** Password accepted, second factor asked: the pending session's token. */
export async function signInPending(target: Target, p: Person): Promise<string> {
  const r = data<{ status: string; token: string; factors: string[] }>(
    await send(target, p, "auth.signIn", { email: p.email, password: PASSWORD, tokenInBody: true }),
  );
  if (r.status !== "second_factor_required" || !r.factors.includes("backup_code"))
    throw new Error(`${p.email}: expected a second factor, got ${JSON.stringify(r)}`);
  p.wrongInARow = 0;
  return r.token;
}

/** A security change: with the person's session, after a password step-up if it got old. */
export async function withStepUp(
  target: Target,
  p: Person,
  path: string,
  input: unknown,
): Promise<Reply> {
  const first = await send(target, p, path, input, p.token);
  if (reason(first) !== "STEP_UP_REQUIRED") return first;
  data(await send(target, p, "account.reauthenticate", { password: PASSWORD }, p.token));
  return send(target, p, path, input, p.token);
}

export async function signUp(target: Target, p: Person): Promise<void> {
  p.doubt = { op: "signUp" };
  // A mail the crash caught mid-send stays leased for minutes: the person asks again, as
  // "send again" does (a new sign-up of an unconfirmed address mails a new code).
  for (let attempt = 1; ; attempt += 1) {
    try {
      p.token = await signUpWith((path, input) => send(target, p, path, input), p.email, PASSWORD, {
        outbox: target.mailOutbox,
        timeoutMs: 10_000,
      });
      break;
    } catch (error) {
      // The caught mail may also arrive later, with the code a new sign-up ended: ask again.
      const again = /no confirmation mail|INVALID_CODE/.test(String(error));
      if (attempt >= 3 || !again) throw error;
    }
  }
  p.stage = "signedUp";
  p.doubt = null;
}

export async function beginEnrollment(target: Target, p: Person): Promise<void> {
  p.doubt = { op: "begin" };
  const e = await beginTOTP((path, input) => withStepUp(target, p, path, input));
  p.enrollment = { id: e.enrollmentId, uri: e.otpauthUri };
  p.lastStep = 0;
  p.doubt = null;
}

/** Confirms the pending enrollment; its answer must carry the 10 backup codes. */
export async function confirmEnrollment(target: Target, p: Person): Promise<void> {
  const enrollment = p.enrollment;
  if (!enrollment) throw new Error(`${p.email}: nothing to confirm`);
  const code = await nextTOTPCode(p, enrollment.uri);
  p.doubt = { op: "confirm" };
  const done = await confirmTOTP(
    (path, input) => withStepUp(target, p, path, input),
    enrollment.id,
    code,
  );
  if (done.backupCodes.length !== 10)
    throw new Error(`${p.email}: confirmed without 10 backup codes: ${JSON.stringify(done)}`);
  p.codes = done.backupCodes;
  p.used = new Set();
  p.uri = enrollment.uri;
  p.enrollment = null;
  p.stage = "enrolled";
  p.doubt = null;
}

export async function signInWithBackupCode(target: Target, p: Person, code: string): Promise<void> {
  const pending = await signInPending(target, p);
  p.doubt = { op: "backupCode", code };
  const r = data<{ token: string; remaining: number }>(
    await send(target, p, "auth.verifyBackupCode", { code }, pending),
  );
  p.used.add(code);
  p.token = r.token;
  p.doubt = null;
  if (r.remaining !== p.codes.length - p.used.size)
    throw new Error(
      `${p.email}: ${r.remaining} codes remaining, expected ${unusedCodes(p).length}`,
    );
}

export async function signInWithTOTP(target: Target, p: Person, code: string): Promise<void> {
  const pending = await signInPending(target, p);
  p.doubt = { op: "totp" };
  const r = data<{ token: string }>(await send(target, p, "auth.verifyTOTP", { code }, pending));
  p.token = r.token;
  p.doubt = null;
}

export async function regenerate(target: Target, p: Person): Promise<void> {
  p.doubt = { op: "regenerate", previous: p.codes, previousUsed: new Set(p.used) };
  const r = data<{ codes: string[] }>(
    await withStepUp(target, p, "backupCodes.regenerate", undefined),
  );
  p.codes = r.codes;
  p.used = new Set();
  p.doubt = null;
}

export async function wrongPassword(target: Target, p: Person): Promise<void> {
  const r = await send(target, p, "auth.signIn", { email: p.email, password: "not my password!" });
  if (reason(r) !== "INVALID_CREDENTIALS")
    throw new Error(`${p.email}: wrong password answered ${r.status} ${JSON.stringify(r.body)}`);
  p.wrongInARow += 1;
}

/** One thing a person does, chosen at random among what their state allows. */
export async function act(target: Target, p: Person): Promise<void> {
  if (p.stage === "new") await signUp(target, p);
  if (p.stage === "signedUp") {
    if (!p.enrollment) await beginEnrollment(target, p);
    await confirmEnrollment(target, p);
    return;
  }
  const uri = p.uri ?? "";
  const choices: (() => Promise<void>)[] = [];
  const unused = unusedCodes(p);
  const code = unused.length > 0 ? unused[randomInt(unused.length)] : undefined;
  if (code && unused.length >= 3) choices.push(() => signInWithBackupCode(target, p, code));
  if (p.token) choices.push(() => regenerate(target, p));
  if (p.wrongInARow < 3) choices.push(() => wrongPassword(target, p));
  // The workload keeps the next step free, so the checks after a crash need not wait.
  const now = Math.floor(Date.now() / STEP_MS);
  if (p.lastStep < now) {
    choices.push(async () => {
      const totp = totpCode(p, uri, false);
      if (totp) await signInWithTOTP(target, p, totp);
    });
  }
  const chosen = choices.length > 0 ? choices[randomInt(choices.length)] : undefined;
  if (chosen) await chosen();
}
