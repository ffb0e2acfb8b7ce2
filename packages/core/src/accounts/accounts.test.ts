import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  useTestEngine,
  PAST_ANY_DELAY_MS,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  must,
  opened,
} from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import { PASSWORD_MAX, PASSWORD_MIN } from "./validate";

describe.each(databaseKinds())("accounts on %s", (kind) => {
  const engine = useTestEngine(kind);

  const signUp = (email: string, password = TEST_PASSWORD) =>
    engine.twofold.accounts.signUp({ email, password, displayName: "  Ann  " }, TEST_META);
  const person = (email: string, password = TEST_PASSWORD) =>
    signedUpPerson(engine, { email, password, displayName: "  Ann  " });
  const signIn = (email: string, password = TEST_PASSWORD) =>
    engine.twofold.accounts.signIn({ email, password }, TEST_META);

  describe("sign-up", () => {
    it("creates the account and signs it in once the address is confirmed", async () => {
      const email = uniqueEmail();
      const issued = await person(email);
      const session = await engine.twofold.sessions.resolve(issued.token);
      expect(session).toMatchObject({ state: "active", accountId: issued.session.accountId });
      const account = await engine.twofold.accounts.get(issued.session.accountId);
      expect(account).toMatchObject({ email, displayName: "Ann", preferredFactor: null });
    });

    it("stores the address trimmed and in lower case, so any spelling signs in", async () => {
      const email = uniqueEmail("Mixed.Case");
      const issued = await person(`  ${email.toUpperCase()} `);
      expect((await engine.twofold.accounts.get(issued.session.accountId))?.email).toBe(
        email.toLowerCase(),
      );
      expect(must(await signIn(email.toLowerCase())).status).toBe("authenticated");
      expect(must(await signIn(` ${email.toUpperCase()}`)).status).toBe("authenticated");
    });

    it.each([
      "",
      "no-at-sign.example.ch",
      "ann@localhost",
      "ann@@example.ch",
      "ann smith@example.ch",
      "@example.ch",
    ])("refuses the address %j with INVALID_EMAIL", async (email) => {
      expect(await signUp(email)).toEqual({ ok: false, reason: "INVALID_EMAIL" });
    });

    it.each([
      ["one character too short", "a".repeat(PASSWORD_MIN - 1)],
      ["empty", ""],
      ["one character too long", "a".repeat(PASSWORD_MAX + 1)],
      // Counted in characters, not UTF-16 units: nine emoji are nine characters.
      ["nine emoji", "🔑".repeat(PASSWORD_MIN - 1)],
    ])("refuses a password %s with WEAK_PASSWORD and creates nothing", async (_name, password) => {
      const email = uniqueEmail();
      expect(await signUp(email, password)).toEqual({ ok: false, reason: "WEAK_PASSWORD" });
      expect(await signIn(email, password)).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
      expect((await signUp(email)).ok).toBe(true);
    });

    it("accepts a password of exactly the minimum and of exactly the maximum length", async () => {
      // Random characters, so the length alone is tested (a guessable password: strength.test.ts).
      const random = "Zk9#mQ2$vL";
      expect(random).toHaveLength(PASSWORD_MIN);
      expect((await signUp(uniqueEmail(), random)).ok).toBe(true);
      expect((await signUp(uniqueEmail(), random.padEnd(PASSWORD_MAX, "c"))).ok).toBe(true);
    });

    // Taken addresses, and confirming one: sign-up.test.ts.
  });

  describe("sign-in", () => {
    it("signs in with the password alone while two-step is off", async () => {
      const email = uniqueEmail();
      const signedUp = await person(email);
      const outcome = opened(must(await signIn(email)));
      expect(outcome.status).toBe("authenticated");
      expect(outcome.token).not.toBe(signedUp.token);
      const session = await engine.twofold.sessions.resolve(outcome.token);
      expect(session).toMatchObject({ state: "active", accountId: signedUp.session.accountId });
    });

    it("answers a wrong password and an unknown address alike: INVALID_CREDENTIALS", async () => {
      const email = uniqueEmail();
      await person(email);
      const wrongPassword = await signIn(email, "not the password at all");
      const unknownEmail = await signIn(uniqueEmail("nobody"));
      const malformedEmail = await signIn("not an address");
      expect(wrongPassword).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
      expect(unknownEmail).toEqual(wrongPassword);
      expect(malformedEmail).toEqual(wrongPassword);
    });
  });

  describe("password lock", () => {
    it("locks after maxFailures wrong passwords: even the right one answers RATE_LIMITED until lockMs has passed", async () => {
      const { maxFailures, lockMs } = engine.twofold.deps.config.limits;
      const email = uniqueEmail();
      await person(email);
      for (let i = 0; i < maxFailures; i += 1) {
        engine.clock.advance(PAST_ANY_DELAY_MS);
        expect(await signIn(email, `wrong password ${i}`)).toEqual({
          ok: false,
          reason: "INVALID_CREDENTIALS",
        });
      }
      const lockedAt = engine.clock.now();
      const locked = await signIn(email);
      expect(locked).toEqual({
        ok: false,
        reason: "RATE_LIMITED",
        retryAt: new Date(lockedAt.getTime() + lockMs),
      });
      expect(await signIn(email, "wrong password again")).toMatchObject({
        ok: false,
        reason: "RATE_LIMITED",
      });

      engine.clock.advance(lockMs - 1000);
      expect(await signIn(email)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
      engine.clock.advance(1000);
      expect(must(await signIn(email)).status).toBe("authenticated");
    });

    it("does not count failures while locked: the lock is not extended by more guessing", async () => {
      const { maxFailures, lockMs } = engine.twofold.deps.config.limits;
      const email = uniqueEmail();
      await person(email);
      for (let i = 0; i < maxFailures; i += 1) {
        engine.clock.advance(PAST_ANY_DELAY_MS);
        await signIn(email, `wrong password ${i}`);
      }
      engine.clock.advance(lockMs / 2);
      for (let i = 0; i < maxFailures; i += 1) {
        expect(await signIn(email, `guess ${i}`)).toMatchObject({
          ok: false,
          reason: "RATE_LIMITED",
        });
      }
      engine.clock.advance(lockMs / 2);
      expect(must(await signIn(email)).status).toBe("authenticated");
    });

    it("counts consecutive failures only: a success in between starts the count again", async () => {
      const { maxFailures } = engine.twofold.deps.config.limits;
      const email = uniqueEmail();
      await person(email);
      for (let round = 0; round < 2; round += 1) {
        for (let i = 0; i < maxFailures - 1; i += 1) {
          engine.clock.advance(PAST_ANY_DELAY_MS);
          await signIn(email, `typo ${round}.${i}`);
        }
        engine.clock.advance(PAST_ANY_DELAY_MS);
        expect(must(await signIn(email)).status).toBe("authenticated");
      }
    });

    it("answers an unknown address exactly as a known one, lock included: nothing tells them apart", async () => {
      const { maxFailures } = engine.twofold.deps.config.limits;
      const known = uniqueEmail();
      const unknown = uniqueEmail("nobody");
      await person(known);
      const answers: Record<string, unknown[]> = { [known]: [], [unknown]: [] };
      for (let i = 0; i <= maxFailures; i += 1) {
        engine.clock.advance(PAST_ANY_DELAY_MS);
        for (const email of [known, unknown]) {
          answers[email]?.push(await signIn(email, `wrong password ${i}`));
          // Straight after a failure: the delay (from the 5th on) answers alike too.
          answers[email]?.push(await signIn(email, `hasty ${i}`));
        }
      }
      expect(answers[unknown]).toEqual(answers[known]);
      expect(answers[known]?.at(-1)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
      expect(answers[known]).toContainEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    });

    it("locks one account only: another account signs in meanwhile", async () => {
      const { maxFailures } = engine.twofold.deps.config.limits;
      const victim = uniqueEmail();
      const bystander = uniqueEmail();
      await person(victim);
      await person(bystander);
      for (let i = 0; i < maxFailures; i += 1) {
        engine.clock.advance(PAST_ANY_DELAY_MS);
        await signIn(victim, `wrong password ${i}`);
      }
      expect(await signIn(victim)).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
      expect(must(await signIn(bystander)).status).toBe("authenticated");
    });
  });
});
