// Threat: a code seen once (shoulder-surfed, phished, logged) is replayed.
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

const STEP_MS = 30_000;

describe.each(databaseKinds())("TOTP replay on %s", (kind) => {
  const engine = useTestEngine(kind);

  const codeAt = (uri: string, stepsFromNow = 0): string =>
    otpAppCode(uri, new Date(engine.clock.now().getTime() + stepsFromNow * STEP_MS));
  const verify = async (email: string, code: string) => {
    const pending = await pendingSignIn(engine, email);
    return {
      pending,
      result: await engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META),
    };
  };

  it("refuses a code accepted once on a new sign-in with CODE_ALREADY_USED; that sign-in stays pending", async () => {
    const person = await personWithTOTP(engine);
    const seen = codeAt(person.otpauthUri);
    expect((await verify(person.email, seen)).result.ok).toBe(true);

    const { pending, result } = await verify(person.email, seen);
    expect(result).toEqual({ ok: false, reason: "CODE_ALREADY_USED" });
    expect(await engine.twofold.sessions.resolve(pending.token)).toMatchObject({
      state: "pending_second_factor",
    });
  });

  it("still refuses it a step later, while the code is inside the accepted window", async () => {
    const person = await personWithTOTP(engine);
    const seen = codeAt(person.otpauthUri);
    expect((await verify(person.email, seen)).result.ok).toBe(true);
    engine.clock.advance(STEP_MS);
    expect((await verify(person.email, seen)).result).toEqual({
      ok: false,
      reason: "CODE_ALREADY_USED",
    });
    // The owner, with the code their app shows now, is not hindered.
    expect((await verify(person.email, codeAt(person.otpauthUri))).result.ok).toBe(true);
  });

  it("refuses an older step's code once a newer one was accepted", async () => {
    const person = await personWithTOTP(engine);
    engine.clock.advance(STEP_MS);
    const previous = codeAt(person.otpauthUri, -1);
    expect((await verify(person.email, codeAt(person.otpauthUri))).result.ok).toBe(true);
    expect((await verify(person.email, previous)).result).toEqual({
      ok: false,
      reason: "CODE_ALREADY_USED",
    });
  });

  it("refuses the code that confirmed the app when it is replayed for sign-in", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const accountId = issued.session.accountId;
    const enrollment = must(
      await engine.twofold.totp.beginEnrollment({ id: accountId, email }, "Phone"),
    );
    const confirming = codeAt(enrollment.otpauthUri);
    must(
      await engine.twofold.totp.confirmEnrollment(
        accountId,
        { enrollmentId: enrollment.enrollmentId, code: confirming },
        TEST_META,
      ),
    );

    expect((await verify(email, confirming)).result).toEqual({
      ok: false,
      reason: "CODE_ALREADY_USED",
    });
    engine.clock.advance(STEP_MS);
    expect((await verify(email, confirming)).result).toEqual({
      ok: false,
      reason: "CODE_ALREADY_USED",
    });
  });

  it("refuses a replay on the very session it signed in", async () => {
    const person = await personWithTOTP(engine);
    const seen = codeAt(person.otpauthUri);
    const { result } = await verify(person.email, seen);
    const done = must(result);
    expect(await engine.twofold.secondFactor.verifyTOTP(done.session, seen, TEST_META)).toEqual({
      ok: false,
      reason: "NO_PENDING_SIGN_IN",
    });
  });

  it("logs replays without counting them as guesses: a double-submitted form does not lock its owner out", async () => {
    const person = await personWithTOTP(engine);
    const { maxFailures } = engine.twofold.deps.config.limits;
    const seen = codeAt(person.otpauthUri);
    expect((await verify(person.email, seen)).result.ok).toBe(true);
    const pending = await pendingSignIn(engine, person.email);
    for (let i = 0; i < maxFailures + 1; i += 1) {
      expect(
        await engine.twofold.secondFactor.verifyTOTP(pending.session, seen, TEST_META),
      ).toEqual({
        ok: false,
        reason: "CODE_ALREADY_USED",
      });
    }
    engine.clock.advance(STEP_MS);
    expect(
      (
        await engine.twofold.secondFactor.verifyTOTP(
          pending.session,
          codeAt(person.otpauthUri),
          TEST_META,
        )
      ).ok,
    ).toBe(true);
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    expect(events.filter((e) => e.type === "code_replay_refused")).toHaveLength(maxFailures + 1);
    expect(events.map((e) => e.type)).not.toContain("factor_locked");
  });
});
