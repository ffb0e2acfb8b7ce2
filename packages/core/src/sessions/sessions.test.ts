import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  useTestEngine,
  pendingSignIn,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  must,
} from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import { signedUpPerson } from "../../test/sign-up";
import { opened } from "../../test/engine";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe.each(databaseKinds())("sessions on %s", (kind) => {
  const engine = useTestEngine(kind);

  const config = () => engine.twofold.deps.config.session;
  const resolve = (token: string) => engine.twofold.sessions.resolve(token);
  const signedIn = async (remember: boolean) => {
    const email = uniqueEmail();
    await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const outcome = opened(
      must(
        await engine.twofold.accounts.signIn(
          { email, password: TEST_PASSWORD, remember },
          TEST_META,
        ),
      ),
    );
    if (outcome.status !== "authenticated") throw new Error("expected a full sign-in");
    return outcome;
  };

  describe("second factor", () => {
    it("rotates the token: the pending token stops working, the new one opens an active session", async () => {
      const person = await personWithTOTP(engine);
      const pending = await pendingSignIn(engine, person.email);
      expect(await resolve(pending.token)).toMatchObject({
        state: "pending_second_factor",
        authenticatedAt: null,
      });

      const code = otpAppCode(person.otpauthUri, engine.clock.now());
      const done = must(
        await engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META),
      );
      expect(done.token).not.toBe(pending.token);
      expect(await resolve(pending.token)).toBeNull();
      const active = await resolve(done.token);
      expect(active).toMatchObject({
        id: pending.session.id,
        accountId: person.accountId,
        state: "active",
      });
      expect(active?.authenticatedAt).toEqual(engine.clock.now());
    });

    it("ends a pending sign-in after pendingTtlMs", async () => {
      const person = await personWithTOTP(engine);
      const pending = await pendingSignIn(engine, person.email);
      engine.clock.advance(config().pendingTtlMs - 1000);
      expect(await resolve(pending.token)).toMatchObject({ state: "pending_second_factor" });
      engine.clock.advance(1000);
      expect(await resolve(pending.token)).toBeNull();
    });

    it("keeps a pending sign-in away from step-up: it has no full authentication", async () => {
      const person = await personWithTOTP(engine);
      const pending = await pendingSignIn(engine, person.email);
      const session = await resolve(pending.token);
      expect(session && engine.twofold.sessions.hasRecentAuthentication(session)).toBe(false);
    });
  });

  describe("expiry", () => {
    const kinds = [
      {
        name: "stay signed in",
        remember: true,
        idle: () => config().persistentIdleMs,
        absolute: () => config().persistentAbsoluteMs,
      },
      {
        name: "browser session",
        remember: false,
        idle: () => config().transientIdleMs,
        absolute: () => config().transientAbsoluteMs,
      },
    ];

    it.each(kinds)("$name: ends after the idle time without use", async ({ remember, idle }) => {
      const { token } = await signedIn(remember);
      engine.clock.advance(idle() - MINUTE);
      expect(await resolve(token)).not.toBeNull();
      // That use counts: a second idle period starts from it.
      engine.clock.advance(idle() - MINUTE);
      expect(await resolve(token)).not.toBeNull();
      engine.clock.advance(idle());
      expect(await resolve(token)).toBeNull();
    });

    it.each(kinds)(
      "$name: ends at the absolute lifetime however often it is used",
      async ({ remember, idle, absolute }) => {
        const { token, session } = await signedIn(remember);
        expect(session.persistent).toBe(remember);
        expect(session.expiresAt).toEqual(new Date(engine.clock.now().getTime() + absolute()));
        const every = Math.min(idle() / 2, 6 * HOUR);
        let used = 0;
        while (used + every < absolute()) {
          engine.clock.advance(every);
          used += every;
          expect(await resolve(token)).not.toBeNull();
        }
        engine.clock.advance(absolute() - used);
        expect(await resolve(token)).toBeNull();
      },
    );

    it("stays gone once expired, even if the clock were turned back", async () => {
      const { token } = await signedIn(false);
      const before = engine.clock.now();
      engine.clock.advance(config().transientAbsoluteMs);
      expect(await resolve(token)).toBeNull();
      engine.clock.set(before);
      expect(await resolve(token)).toBeNull();
      engine.clock.advance(config().transientAbsoluteMs);
    });

    it.each(["", "x".repeat(200), "not-a-token-anyone-was-given"])(
      "resolves %j to nothing",
      async (token) => {
        expect(await resolve(token)).toBeNull();
      },
    );
  });

  describe("sign-out", () => {
    it("ends that session only", async () => {
      const email = uniqueEmail();
      const first = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
      const second = opened(
        must(await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META)),
      );
      await engine.twofold.sessions.end(first.session, TEST_META);
      expect(await resolve(first.token)).toBeNull();
      expect(await resolve(second.token)).not.toBeNull();
    });
  });

  describe("step-up", () => {
    it("allows security changes right after sign-in, not after stepUpMs, and again after the password", async () => {
      const { token } = await signedIn(true);
      const fresh = await resolve(token);
      if (!fresh) throw new Error("session missing");
      expect(engine.twofold.sessions.hasRecentAuthentication(fresh)).toBe(true);

      engine.clock.advance(config().stepUpMs);
      expect(engine.twofold.sessions.hasRecentAuthentication(fresh)).toBe(true);
      engine.clock.advance(1000);
      const stale = await resolve(token);
      if (!stale) throw new Error("session missing");
      expect(engine.twofold.sessions.hasRecentAuthentication(stale)).toBe(false);

      const wrong = await engine.twofold.accounts.reauthenticateWithPassword(
        stale,
        "not the password",
        TEST_META,
      );
      expect(wrong).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
      const stillStale = await resolve(token);
      expect(stillStale && engine.twofold.sessions.hasRecentAuthentication(stillStale)).toBe(false);

      const reauth = must(
        await engine.twofold.accounts.reauthenticateWithPassword(stale, TEST_PASSWORD, TEST_META),
      );
      expect(reauth.until).toEqual(new Date(engine.clock.now().getTime() + config().stepUpMs));
      const renewed = await resolve(token);
      expect(renewed && engine.twofold.sessions.hasRecentAuthentication(renewed)).toBe(true);
    });

    it("counts the second factor as a full authentication", async () => {
      const person = await personWithTOTP(engine);
      const pending = await pendingSignIn(engine, person.email);
      const code = otpAppCode(person.otpauthUri, engine.clock.now());
      const done = must(
        await engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META),
      );
      const session = await resolve(done.token);
      expect(session && engine.twofold.sessions.hasRecentAuthentication(session)).toBe(true);
    });

    it("counts wrong step-up passwords toward the password lock", async () => {
      const { maxFailures } = engine.twofold.deps.config.limits;
      const { token } = await signedIn(true);
      const session = await resolve(token);
      if (!session) throw new Error("session missing");
      for (let i = 0; i < maxFailures; i += 1) {
        await engine.twofold.accounts.reauthenticateWithPassword(session, `wrong ${i}`, TEST_META);
      }
      const locked = await engine.twofold.accounts.reauthenticateWithPassword(
        session,
        TEST_PASSWORD,
        TEST_META,
      );
      expect(locked).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    });
  });
});
