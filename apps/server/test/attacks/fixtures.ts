/** Shared steps of the attack suite: a started server on a test database, and people on it. */
import { randomBytes } from "node:crypto";
import type { DatabaseHandle, DatabaseKind } from "@twofold/db";
import { FakeClock, createTestDatabase, dumpAllTables, otpAppCode } from "@twofold/testing";
import { afterAll, beforeAll } from "vitest";
import { readEnv } from "../../src/env";
import { startServer, type RunningServer } from "../../src/server";
import { call, data, type CallOptions } from "../http";
import {
  DEFAULT_MAIL_OUTBOX,
  sender,
  signUpWithTOTP,
  turnOnTOTP as turnOnTOTPWith,
} from "../person";

export const PASSWORD = "correct horse battery staple";

export interface AttackTarget {
  url: string;
  clock: FakeClock;
  database: DatabaseHandle;
  server: RunningServer;
  /** Where its mailer writes (a sign-up's code is read there). */
  mailOutbox: string;
}

/**
 * One started server per describe block (on a fresh database of `kind`), closed after its last
 * test. `env` adds settings (an SMS outbox, ...). It trusts X-Forwarded-For (as behind a proxy),
 * so each person's sign-ins come from an address of their own: the per-address sign-in limit
 * is not what these tests are about, and an attacker with many addresses passes it too.
 */
export function useAttackTarget(
  kind: DatabaseKind,
  env: () => Record<string, string> = () => ({}),
): AttackTarget {
  let target: AttackTarget | undefined;
  beforeAll(async () => {
    const clock = new FakeClock();
    const database = await createTestDatabase(kind);
    const settings = env();
    const server = await startServer({
      env: readEnv({ PORT: "0", LOG_LEVEL: "silent", TWOFOLD_TRUST_PROXY: "true", ...settings }),
      clock,
      database,
    });
    const mailOutbox = settings.TWOFOLD_MAIL_OUTBOX ?? DEFAULT_MAIL_OUTBOX;
    target = { url: server.url, clock, database, server, mailOutbox };
  });
  afterAll(async () => {
    await target?.server.close();
    await target?.database.close();
  });
  return new Proxy({} as AttackTarget, {
    get(_object, property) {
      if (!target) throw new Error("the attack target is used before beforeAll started it");
      return target[property as keyof AttackTarget];
    },
  });
}

let counter = 0;
/** A unique address per call, so tests sharing one server never meet. */
export function uniqueEmail(prefix = "victim"): string {
  counter += 1;
  return `${prefix}-${counter}-${randomBytes(3).toString("hex")}@example.ch`;
}

let addresses = 0;
/** A new client address (198.18.0.0/15, for tests), sent as X-Forwarded-For. */
export function uniqueAddress(): { "x-forwarded-for": string } {
  addresses += 1;
  return { "x-forwarded-for": `198.18.${(addresses >> 8) & 255}.${addresses & 255}` };
}

export interface Person {
  email: string;
  /** The active session of the sign-up (bearer). */
  token: string;
  otpauthUri: string;
  backupCodes: string[];
}

/** Signs up over HTTP and turns on an OTP app; time moves one step (the confirming code is spent). */
export async function personWithTOTP(target: AttackTarget, email = uniqueEmail()): Promise<Person> {
  const { token, otpauthUri, backupCodes } = await signUpWithTOTP(target.url, {
    email,
    password: PASSWORD,
    at: target.clock.now(),
    outbox: target.mailOutbox,
  });
  target.clock.advanceSeconds(30);
  return { email, token, otpauthUri, backupCodes };
}

/**
 * Adds an OTP app over HTTP for the session held (a bearer token or a browser's cookie), as
 * the settings page does: two-step turns on. The confirming code's step is spent, so time
 * moves one step.
 */
export async function turnOnTOTP(
  target: AttackTarget,
  session: CallOptions,
): Promise<{ otpauthUri: string; backupCodes: string[] }> {
  const on = await turnOnTOTPWith(sender(target.url, session), target.clock.now());
  target.clock.advanceSeconds(30);
  return on;
}

/** What the person's OTP app shows now. */
export function codeNow(target: AttackTarget, person: Person): string {
  return otpAppCode(person.otpauthUri, target.clock.now());
}

/** A six-digit code that no step near now accepts (`salt` picks another one). */
export function wrongCodeNow(target: AttackTarget, person: Person, salt = 0): string {
  const now = target.clock.now().getTime();
  const near = new Set(
    [-2, -1, 0, 1, 2].map((step) => otpAppCode(person.otpauthUri, new Date(now + step * 30_000))),
  );
  let candidate = Number(codeNow(target, person)) + 1 + salt;
  for (;;) {
    const code = String(candidate % 1_000_000).padStart(6, "0");
    if (!near.has(code)) return code;
    candidate += 1;
  }
}

/**
 * Signs in with the password alone: the bearer token of the session waiting for a second
 * factor. Each call comes from a new address (see useAttackTarget).
 */
export async function pendingToken(target: AttackTarget, email: string): Promise<string> {
  const reply = data<{ status: string; token: string }>(
    await call(
      target.url,
      "auth.signIn",
      { email, password: PASSWORD, tokenInBody: true },
      { headers: uniqueAddress() },
    ),
  );
  if (reply.status !== "second_factor_required")
    throw new Error(`expected a pending sign-in, got ${reply.status}`);
  return reply.token;
}

/** Several pending sign-ins of one account, made one after the other (argon2 is costly). */
export async function pendingTokens(
  target: AttackTarget,
  email: string,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) tokens.push(await pendingToken(target, email));
  return tokens;
}

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/** A request exactly as given (method, headers, body), with the response's headers kept. */
export async function send(url: string, init: RequestInit = {}): Promise<RawReply> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** A tRPC batch (`?batch=1`) of mutations in one POST: the replies, one per call. */
export async function batch(
  base: string,
  calls: { path: string; input: unknown }[],
  token: string,
): Promise<RawReply> {
  const paths = calls.map((c) => c.path).join(",");
  const body = Object.fromEntries(calls.map((c, i) => [String(i), c.input]));
  return send(`${base}/trpc/${paths}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** `error.data.reason` of each reply of a batch (undefined for a success). */
export function batchReasons(reply: RawReply): (string | undefined)[] {
  if (!Array.isArray(reply.body)) throw new Error(`not a batch reply: ${reply.text}`);
  return (reply.body as { error?: { data?: { reason?: string } } }[]).map(
    (r) => r.error?.data?.reason,
  );
}

export interface LoggedEvent {
  type: string;
  detail: Record<string, string | number | boolean>;
}

/** The account's whole security log, as its owner reads it (newest first). */
export async function securityLog(base: string, token: string): Promise<LoggedEvent[]> {
  const events: LoggedEvent[] = [];
  let cursor: number | null = null;
  do {
    const page: { events: LoggedEvent[]; nextCursor: number | null } = data(
      await call(base, "securityLog.list", cursor === null ? {} : { cursor }, {
        token,
        method: "GET",
      }),
    );
    events.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return events;
}

/** How many of `items` are equal to `value`. */
export function countOf<T>(items: readonly T[], value: T): number {
  return items.filter((item) => item === value).length;
}

/**
 * What the server's workers write on their own, outside any request: the hash chain's place of
 * each event and the chain's state (log worker), and the queue of security emails (queued by
 * the log worker, emptied by the mail worker). Left out of `stateDump`.
 */
const BACKGROUND: Record<string, readonly string[] | "all"> = {
  log_state: "all",
  mail_queue: "all",
  security_events: ["seq", "prev_hash", "hash"],
};

/** Every row of every table, as a request could have changed them (see BACKGROUND). */
export async function stateDump(database: DatabaseHandle): Promise<string> {
  const sections = (await dumpAllTables(database)).split(/^-- /m).filter(Boolean);
  return sections
    .map((section) => {
      const [table = "", rows = "[]"] = section.split("\n", 2);
      const skip = BACKGROUND[table];
      if (skip === "all") return `-- ${table}`;
      if (!skip) return `-- ${table}\n${rows}`;
      const kept = (JSON.parse(rows) as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(Object.entries(row).filter(([column]) => !skip.includes(column))),
      );
      return `-- ${table}\n${JSON.stringify(kept)}`;
    })
    .join("\n");
}
