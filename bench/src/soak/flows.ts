// The mixed flows of real use: sign-ins with each factor (OTP app, push, SMS, backup code),
// sync checks of an application password, and settings changes. A failed step ends its flow
// (the step's outcome is recorded); nothing here retries.
import { randomInt } from "node:crypto";
import { answerRequest } from "@twofold/device/node";
import { StepFailed, thrownOutcome, type Caller, type Recorder } from "./calls";
import { PASSWORD, randomIp, received, smsCodeFor, stepAt, totpCode, type Person } from "./people";

export interface FlowContext {
  caller: Caller;
  recorder: Recorder;
  /** The SMS outbox file the server writes (the soak's "phones"). */
  outbox: string;
  syncSecret: string;
}

export type FlowKind = "totp" | "push" | "sms" | "backup" | "sync" | "settings";

/** How often each flow comes, out of 100. */
export const MIX: Record<FlowKind, number> = {
  totp: 25,
  push: 15,
  sms: 10,
  backup: 5,
  sync: 30,
  settings: 15,
};

const PUSH_WAIT_MS = 10_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Password first: the pending session's token. */
async function signIn(c: FlowContext, person: Person, ip: string): Promise<string> {
  const r = await c.caller.trpc<{ token?: string }>(
    "auth.signIn",
    { email: person.email, password: PASSWORD, tokenInBody: true },
    { ip },
  );
  return r.token ?? "";
}

async function signOut(c: FlowContext, token: string | undefined, ip: string): Promise<void> {
  await c.caller.trpc("auth.signOut", {}, { ip, token: token ?? null });
}

async function withTOTP(c: FlowContext, person: Person, ip: string): Promise<void> {
  const pending = await signIn(c, person, ip);
  // The step of the code sent: the next flow of this person waits for a later one.
  const now = Date.now();
  person.lastStep = stepAt(now);
  const done = await c.caller.trpc<{ token?: string }>(
    "auth.verifyTOTP",
    { code: totpCode(person.totpSecret, now) },
    { ip, token: pending },
  );
  await signOut(c, done.token, ip);
}

async function withBackupCode(c: FlowContext, person: Person, ip: string): Promise<void> {
  const code = person.backupCodes.pop() ?? "";
  const pending = await signIn(c, person, ip);
  const done = await c.caller.trpc<{ token?: string; remaining: number }>(
    "auth.verifyBackupCode",
    { code },
    { ip, token: pending },
  );
  // A person running low makes new ones (a security change, right after a full sign-in).
  if (done.remaining < 3) {
    const fresh = await c.caller.trpc<{ codes: string[] }>(
      "backupCodes.regenerate",
      {},
      { ip, token: done.token ?? null },
    );
    person.backupCodes = fresh.codes;
  }
  await signOut(c, done.token, ip);
}

async function withSMS(c: FlowContext, person: Person, ip: string): Promise<void> {
  const pending = await signIn(c, person, ip);
  const since = new Date(Date.now() - 1_000).toISOString();
  await c.caller.trpc("auth.sendSMSCode", {}, { ip, token: pending });
  const code = await smsCodeFor(c.outbox, person.phone, since);
  if (!code) {
    c.recorder.waitFailed("sms delivery", c.recorder.now(), "SMS_NOT_IN_OUTBOX");
    throw new StepFailed("SMS_NOT_IN_OUTBOX");
  }
  const done = await c.caller.trpc<{ token?: string }>(
    "auth.verifySMSCode",
    { code },
    { ip, token: pending },
  );
  await signOut(c, done.token, ip);
}

async function withPush(c: FlowContext, person: Person, ip: string): Promise<void> {
  const pending = await signIn(c, person, ip);
  const push = await c.caller.trpc<{ requestId: string; number: number }>(
    "auth.startPush",
    {},
    { ip, token: pending },
  );
  // The device holds the request once the gateway brought it.
  const waitFrom = c.recorder.now();
  while (!received.has(push.requestId)) {
    if (c.recorder.now() - waitFrom > PUSH_WAIT_MS) {
      c.recorder.waitFailed("push delivery", waitFrom, "PUSH_NOT_DELIVERED");
      throw new StepFailed("PUSH_NOT_DELIVERED");
    }
    await sleep(5);
  }
  received.delete(push.requestId);
  const answeredAt = c.recorder.now();
  try {
    await answerRequest(person.api, person.device, push.requestId, "approve", push.number);
    c.recorder.add("device.answer", answeredAt, "ok");
  } catch (error) {
    const data = (error as { data?: { reason?: unknown; httpStatus?: unknown } }).data;
    const outcome =
      data?.httpStatus === 500
        ? "HTTP_500"
        : typeof data?.reason === "string"
          ? data.reason
          : thrownOutcome((error as { cause?: unknown }).cause ?? error);
    c.recorder.add("device.answer", answeredAt, outcome);
    throw new StepFailed(outcome);
  }
  const done = await c.caller.trpc<{ token?: string }>(
    "auth.finishPush",
    { requestId: push.requestId },
    { ip, token: pending },
  );
  await signOut(c, done.token, ip);
}

async function syncCheck(c: FlowContext, person: Person, ip: string): Promise<void> {
  await c.caller.syncCheck(c.syncSecret, {
    user: person.email,
    password: person.appPassword,
    protocol: "imap",
    ip,
  });
}

/** A settings page visit: the two-step status, then the email language changed. */
async function changeSettings(c: FlowContext, person: Person, ip: string): Promise<void> {
  const at = { ip, token: person.token };
  await c.caller.trpc("twoFactor.status", undefined, { ...at, query: true });
  const locale = person.index % 2 === 0 ? "fr" : "de";
  await c.caller.trpc("account.setLocale", { locale }, at);
  await c.caller.trpc("account.setLocale", { locale: "en" }, at);
}

const FLOWS: Record<FlowKind, (c: FlowContext, p: Person, ip: string) => Promise<void>> = {
  totp: withTOTP,
  push: withPush,
  sms: withSMS,
  backup: withBackupCode,
  sync: syncCheck,
  settings: changeSettings,
};

/** The next flow of the mix (a weighted draw). */
export function drawFlow(): FlowKind {
  let n = randomInt(100);
  for (const [kind, weight] of Object.entries(MIX) as [FlowKind, number][]) {
    if (n < weight) return kind;
    n -= weight;
  }
  return "sync";
}

/**
 * Runs one flow for a free person (an OTP app's code works once per 30 s step: a person who
 * spent this step's signs in by push instead). Resolves whatever happens; false when every
 * person was busy.
 */
export async function runFlow(c: FlowContext, people: Person[], kind: FlowKind): Promise<boolean> {
  const start = randomInt(Math.max(people.length, 1));
  const step = stepAt(Date.now());
  let person: Person | undefined;
  for (let i = 0; i < people.length && !person; i += 1) {
    const p = people[(start + i) % people.length];
    if (p && !p.busy && (kind !== "totp" || p.lastStep < step)) person = p;
  }
  if (!person) return kind === "totp" ? runFlow(c, people, "push") : false;
  person.busy = true;
  try {
    await FLOWS[kind](c, person, randomIp());
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
  } finally {
    person.busy = false;
  }
  return true;
}
