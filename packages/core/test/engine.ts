/**
 * Test support for core and the layers above (never imported by shipped code): an engine on a
 * fresh test database with a fake clock, and the steps most tests start from.
 */
import { randomBytes } from "node:crypto";
import type { DatabaseHandle, DatabaseKind } from "@twofold/db";
import { createTestDatabase, FakeClock } from "@twofold/testing";
import { afterAll, beforeAll } from "vitest";
import { DEFAULT_CONFIG, type TwofoldConfig } from "../src/config";
import { readMailOutbox } from "../src/notifications/outbox-mailer";
import type { DepsOptions } from "../src/deps";
import type { Mail, Mailer } from "../src/notifications/mailer";
import type { RequestMeta } from "../src/ports";
import type { IssuedSession } from "../src/sessions/sessions";
import { createTwofold, type Twofold } from "../src/twofold";

export const TEST_META: RequestMeta = { ip: "203.0.113.7", userAgent: "twofold-tests" };
export const TEST_PASSWORD = "correct horse battery staple";

/**
 * Longer than any delay between failed tries (from the 5th failure in a round, 1 s, 2 s, ...,
 * 16 s before the round's lock): a patient guesser waits this long before each try.
 */
export const PAST_ANY_DELAY_MS =
  2 ** (DEFAULT_CONFIG.limits.maxFailures - DEFAULT_CONFIG.limits.delayAfter) * 1000;

export interface TestEngine {
  twofold: Twofold;
  clock: FakeClock;
  database: DatabaseHandle;
  /** Every email the engine's mailer took, oldest first (whatever mailer the test gave). */
  mails: Mail[];
  close: () => Promise<void>;
}

/**
 * One engine for a whole test file (a database starts in about a second): made before the
 * first test, closed after the last. Use it inside a describe block.
 */
export function useTestEngine(
  kind: DatabaseKind,
  config?: Partial<TwofoldConfig>,
  ports?: TestPorts,
): TestEngine {
  let engine: TestEngine | undefined;
  beforeAll(async () => {
    engine = await createTestEngine(kind, config, ports?.());
  });
  afterAll(async () => {
    await engine?.close();
  });
  return new Proxy({} as TestEngine, {
    get(_target, property) {
      if (!engine) throw new Error("the test engine is used before beforeAll made it");
      return engine[property as keyof TestEngine];
    },
  });
}

/** The outside world of a test engine, made when the engine is (after other beforeAll hooks). */
export type TestPorts = () => Pick<DepsOptions, "sms" | "mailer" | "geo">;

export async function createTestEngine(
  kind: DatabaseKind,
  config?: Partial<TwofoldConfig>,
  ports?: Pick<DepsOptions, "sms" | "mailer" | "geo">,
): Promise<TestEngine> {
  const database = await createTestDatabase(kind);
  const clock = new FakeClock();
  const mails: Mail[] = [];
  const given = ports?.mailer;
  // Every email is kept (a sign-up's code is read from its mail), then handed to the test's mailer.
  const mailer: Mailer = {
    name: given?.name ?? "memory",
    send: async (mail) => {
      if (given) await given.send(mail);
      mails.push(mail);
    },
  };
  const twofold = createTwofold({
    db: database.db,
    masterKey: randomBytes(32),
    clock,
    // Tests sign in hundreds of times from TEST_META's one address, at one fake time; the limit
    // per address is tested on its own, at the shipped value.
    config: {
      limits: { ...DEFAULT_CONFIG.limits, signInPerIp: 100_000 },
      // The same for sign-up's confirmation mails and codes (per address they stay as shipped).
      verifyEmail: { ...DEFAULT_CONFIG.verifyEmail, mailsPerIp: 100_000, triesPerIp: 100_000 },
      ...config,
    },
    ...ports,
    mailer,
  });
  return { twofold, clock, database, mails, close: () => database.close() };
}

let counter = 0;
/** A unique address per call, so tests sharing one database never meet. */
export function uniqueEmail(prefix = "person"): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${randomBytes(3).toString("hex")}@example.ch`;
}

/** The value of a result that must have succeeded (a test step, not the thing under test). */
export function must<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.reason}`);
  return result.value;
}

/**
 * The newest email to `email` with that subject (without "Twofold: "), after a round of the log
 * worker, and the token of its "this wasn't me" link ("" when it has none).
 */
export async function mailTo(
  engine: TestEngine,
  outbox: string,
  mail: { email: string; subject: string },
): Promise<{ text: string; token: string }> {
  await engine.twofold.securityLog.process();
  const found = (await readMailOutbox(outbox, 10_000))
    .filter((m) => m.to === mail.email && m.subject === `Twofold: ${mail.subject}`)
    .at(-1);
  if (!found) throw new Error(`no email "${mail.subject}" to ${mail.email}`);
  const token = /\/not-me\?token=([^\s]+)/.exec(found.text)?.[1] ?? "";
  return { text: found.text, token };
}

/** Signs in with the password: the pending session that waits for the second factor. */
export async function pendingSignIn(engine: TestEngine, email: string): Promise<IssuedSession> {
  const outcome = must(
    await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META),
  );
  if (outcome.status !== "second_factor_required") throw new Error("expected a pending sign-in");
  return outcome;
}

/** A sign-in that opened a session (the address of every test account is confirmed). */
export function opened<T extends { status: string }>(
  outcome: T,
): Exclude<T, { status: "verification_required" }> {
  if (outcome.status === "verification_required") throw new Error("the address is not confirmed");
  return outcome as Exclude<T, { status: "verification_required" }>;
}
