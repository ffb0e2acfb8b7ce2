// Threat: a guesser tries the account password at every door (sign-in, step-up, a sync server) to get a round of guesses at each, or to learn the password from a door that is not locked.
import { queryRows } from "@twofold/db";
import { databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { SyncProtocol } from "../app-passwords/sync-check";
import { DEFAULT_CONFIG } from "../config";
import {
  PAST_ANY_DELAY_MS,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

describe.each(databaseKinds())("one count and one lock of the password on %s", (kind) => {
  const engine = useTestEngine(kind);
  const { maxFailures } = DEFAULT_CONFIG.limits;

  /** An account without two-step: its password still opens sync tools. */
  const person = async () => {
    const email = uniqueEmail();
    const signedUp = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    return { email, session: signedUp.session };
  };
  const signIn = (email: string, password: string) =>
    engine.twofold.accounts.signIn({ email, password }, TEST_META);
  const sync = (email: string, password: string, protocol: SyncProtocol = "imap") =>
    engine.twofold.appPasswords.checkSync({
      user: email,
      password,
      protocol,
      ip: "192.0.2.10",
      client: "Thunderbird",
    });
  /** A patient guesser: waits out every growing delay, so only the round's lock stops it. */
  const patiently = async <T>(guess: () => Promise<T>): Promise<T> => {
    engine.clock.advance(PAST_ANY_DELAY_MS);
    return guess();
  };

  it("locks the sync door after wrong sign-ins: the right password there is denied exactly like a wrong one", async () => {
    const { email } = await person();
    for (let i = 0; i < maxFailures; i += 1)
      expect(await patiently(() => signIn(email, `wrong ${i}`))).toMatchObject({
        reason: "INVALID_CREDENTIALS",
      });
    const right = await patiently(() => sync(email, TEST_PASSWORD));
    const wrong = await sync(email, "still wrong", "webdav");
    expect(right).toEqual({ allow: false, reason: "RATE_LIMITED" });
    expect(wrong).toEqual(right);
    expect(await signIn(email, TEST_PASSWORD)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });

  it("counts wrong passwords at a sync server against sign-in: the right one then answers RATE_LIMITED", async () => {
    const { email } = await person();
    // Half at each door: one count, not two rounds.
    for (let i = 0; i < maxFailures; i += 1) {
      const refused = await patiently<unknown>(() =>
        i % 2 === 0 ? sync(email, `wrong ${i}`, "caldav") : signIn(email, `wrong ${i}`),
      );
      expect(refused).toMatchObject({ reason: "INVALID_CREDENTIALS" });
    }
    // Past any short delay: only the round's lock can refuse it now.
    const right = await patiently(() => signIn(email, TEST_PASSWORD));
    const wrong = await signIn(email, "still wrong");
    expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(wrong).toEqual(right);
  });

  it("shares the count with step-up: wrong passwords at sync lock step-up, and step-up's lock the sync door", async () => {
    const viaSync = await person();
    for (let i = 0; i < maxFailures; i += 1)
      await patiently(() => sync(viaSync.email, `wrong ${i}`, "imap"));
    const stepUp = (password: string) =>
      engine.twofold.accounts.reauthenticateWithPassword(viaSync.session, password, TEST_META);
    const right = await patiently(() => stepUp(TEST_PASSWORD));
    expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await stepUp("still wrong")).toEqual(right);

    const viaStepUp = await person();
    for (let i = 0; i < maxFailures; i += 1)
      expect(
        await patiently(() =>
          engine.twofold.accounts.reauthenticateWithPassword(
            viaStepUp.session,
            `wrong ${i}`,
            TEST_META,
          ),
        ),
      ).toMatchObject({ reason: "INVALID_CREDENTIALS" });
    expect(await patiently(() => sync(viaStepUp.email, TEST_PASSWORD))).toEqual({
      allow: false,
      reason: "RATE_LIMITED",
    });
  });

  it("locks an unknown address at the sync door as it locks a known one, so the lock tells no one which exists", async () => {
    const known = await person();
    const unknown = uniqueEmail("nobody");
    for (let i = 0; i < maxFailures; i += 1) {
      await patiently(() => sync(known.email, `wrong ${i}`));
      await patiently(() => sync(unknown, `wrong ${i}`));
    }
    engine.clock.advance(PAST_ANY_DELAY_MS);
    expect(await sync(unknown, TEST_PASSWORD)).toEqual(await sync(known.email, TEST_PASSWORD));
    expect(await sync(unknown, TEST_PASSWORD)).toEqual({ allow: false, reason: "RATE_LIMITED" });
    // And sign-in counts the unknown address's guesses made at the sync door.
    expect(await signIn(unknown, "another guess")).toMatchObject({ reason: "RATE_LIMITED" });
  });

  it("ends the run of failures at every door with one success, and forgets the old separate sync count", async () => {
    const { email, session } = await person();
    // A count left by the version that counted sync logins apart.
    await engine.database.db.execute(
      sql`insert into failure_counters (account_id, scope, failures, locks)
          values (${session.accountId}, 'sync_password', 3, 0)`,
    );
    for (let i = 0; i < maxFailures - 1; i += 1)
      await patiently(() => sync(email, `wrong ${i}`, "webdav"));
    expect(await patiently(() => sync(email, TEST_PASSWORD, "webdav"))).toMatchObject({
      allow: true,
    });
    const left = await queryRows<{ scope: string }>(
      engine.database.db,
      sql`select scope from failure_counters where account_id = ${session.accountId}`,
    );
    expect(left).toEqual([]);
    // A fresh round: maxFailures - 1 more wrong passwords do not lock sign-in.
    for (let i = 0; i < maxFailures - 1; i += 1)
      await patiently(() => signIn(email, `wrong again ${i}`));
    expect(await patiently(() => signIn(email, TEST_PASSWORD))).toMatchObject({ ok: true });
  });
});
