/**
 * What a fuzzed procedure runs against: a fresh database (its rows tracked, see fingerprint.ts)
 * and a person with two-step on, with two clients: one fully signed in, one waiting for its
 * second factor. A success may sign a client out or turn two-step off: `restore` puts both back.
 */
import {
  createTestEngine,
  GENEROUS_SMS_LIMITS,
  must,
  personWithTOTP,
  senderFor,
  TEST_META,
  type TestEngine,
} from "@twofold/core/testing";
import { otpAppCode, type SmsProviderServer } from "@twofold/testing";
import type { TokenSource } from "../context";
import type { Client } from "../test-utils";
import { trackChanges } from "./fingerprint";
import { newPerson, signIn, signInPending, type Known, type Stranger } from "./people";

type DatabaseKind = Parameters<typeof createTestEngine>[0];

export interface World {
  readonly engine: TestEngine;
  /** Signed in with password and OTP code. */
  readonly client: Client;
  /** Signed in with the password only: waits for the second factor. */
  readonly pending: Client;
  readonly known: Known;
  /**
   * After a success that wrote rows: two-step back on, both clients signed in again where the
   * success undid that (a new person when that fails). True when something was done.
   */
  restore: () => Promise<boolean>;
  close: () => Promise<void>;
}

// argon2 at its cheapest: the fuzz is about input handling, and it signs in again often.
// SMS limits per address out of the way: every client here shares one.
const CONFIG = {
  password: { memoryCost: 64, timeCost: 1, parallelism: 1 },
  ...GENEROUS_SMS_LIMITS,
};

/** A fresh database and the person's two clients; `close()` drops them. */
export async function createWorld(
  kind: DatabaseKind,
  via: TokenSource,
  sms: SmsProviderServer,
): Promise<World> {
  const engine = await createTestEngine(kind, CONFIG, { sms: senderFor(sms) });
  await trackChanges(engine.database.db);
  const { twofold } = engine;
  const strangerPerson = await personWithTOTP(engine);
  const stranger: Stranger = {
    strangerFactorId: strangerPerson.factorId,
    strangerSessionId: strangerPerson.session.session.id,
  };
  let { person, client, known } = await newPerson(engine, via, sms, stranger);
  let pending = await signInPending(engine, known.email, via);

  /** The client's session is live, in that state, and the person's (resolving also touches it). */
  async function healthy(c: Client, state: "active" | "pending_second_factor"): Promise<boolean> {
    const session = c.token ? await twofold.sessions.resolve(c.token) : null;
    if (!session || session.state !== state || session.accountId !== known.accountId) return false;
    return state === "pending_second_factor" || twofold.sessions.hasRecentAuthentication(session);
  }

  /** An OTP app again, for the same person, after a success turned two-step off. */
  async function twoStepBackOn(): Promise<void> {
    const account = await twofold.accounts.get(known.accountId);
    if (!account) throw new Error("the fuzzed account is gone");
    const enrollment = must(await twofold.totp.beginEnrollment(account, "Phone"));
    const code = otpAppCode(enrollment.otpauthUri, engine.clock.now());
    const confirmed = must(
      await twofold.totp.confirmEnrollment(
        account.id,
        { enrollmentId: enrollment.enrollmentId, code },
        TEST_META,
      ),
    );
    const backupCodes = confirmed.backupCodes ?? person.backupCodes;
    person = { ...person, otpauthUri: enrollment.otpauthUri, factorId: confirmed.id, backupCodes };
    known = { ...known, factorId: confirmed.id, backupCode: backupCodes[0] ?? "" };
  }

  /** Each sign-in moves the clock, which may age the other client: check both again. */
  async function signBothIn(): Promise<void> {
    for (let round = 0; round < 3; round += 1) {
      const active = await healthy(client, "active");
      const waiting = await healthy(pending, "pending_second_factor");
      if (active && waiting) return;
      if (!active) {
        const again = await signIn(engine, person, via);
        client = again.client;
        known = { ...known, sessionId: again.sessionId, totpCode: again.totpCode };
      }
      if (!waiting) pending = await signInPending(engine, known.email, via);
    }
    throw new Error("the fuzz clients cannot stay signed in");
  }

  return {
    engine,
    get client() {
      return client;
    },
    get pending() {
      return pending;
    },
    get known() {
      return known;
    },
    async restore() {
      const twoStep = (await twofold.twoFactor.status(known.accountId)).enabled;
      if (
        twoStep &&
        (await healthy(client, "active")) &&
        (await healthy(pending, "pending_second_factor"))
      )
        return false;
      try {
        if (!twoStep) await twoStepBackOn();
        await signBothIn();
      } catch {
        // Its password changed, or guessing locked it: another person.
        ({ person, client, known } = await newPerson(engine, via, sms, stranger));
        pending = await signInPending(engine, known.email, via);
      }
      return true;
    },
    close: () => engine.close(),
  };
}
