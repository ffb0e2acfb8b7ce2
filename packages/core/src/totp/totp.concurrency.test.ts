// Threat: one code sent in many parallel requests opens more than one session.
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { useTestEngine, pendingSignIn, TEST_META } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";

const PARALLEL = 20;

/**
 * A code is checked only while the limit lets one more attempt through (so a burst of guesses
 * cannot outrun the lock), so of one code sent many times at once the losers are refused: as
 * spent, as throttled, or, on the sign-in the winner already finished, as no longer pending.
 * Never accepted.
 */
function expectRefused(
  results: readonly { ok: boolean; reason?: string }[],
  allowed: readonly string[],
): void {
  const reasons = results.filter((r) => !r.ok).map((r) => r.reason ?? "");
  expect(reasons).toHaveLength(results.length - 1);
  expect(reasons.filter((r) => !allowed.includes(r))).toEqual([]);
}

describe.each(databaseKinds())("TOTP under concurrency on %s", (kind) => {
  const engine = useTestEngine(kind);

  it(`lets exactly one of ${PARALLEL} simultaneous submissions of one code on one sign-in through`, async () => {
    const person = await personWithTOTP(engine);
    const pending = await pendingSignIn(engine, person.email);
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META),
      ),
    );
    const winners = results.flatMap((r) => (r.ok ? [r.value] : []));
    expect(winners).toHaveLength(1);
    expectRefused(results, ["CODE_ALREADY_USED", "RATE_LIMITED", "NO_PENDING_SIGN_IN"]);
    expect(await engine.twofold.sessions.resolve(pending.token)).toBeNull();
    expect(await engine.twofold.sessions.resolve(winners[0]?.token ?? "")).toMatchObject({
      state: "active",
    });
  });

  // As many sign-ins as one round of the limit allows: a larger burst of one account's attempts
  // (more than maxFailures in flight at once) locks the factor, which is what it must do.
  const SIGN_INS = DEFAULT_CONFIG.limits.maxFailures;

  it(`lets exactly one of ${SIGN_INS} simultaneous pending sign-ins of one account through with the same code`, async () => {
    const person = await personWithTOTP(engine);
    const pendings = [];
    for (let i = 0; i < SIGN_INS; i += 1) pendings.push(await pendingSignIn(engine, person.email));
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    const results = await Promise.all(
      pendings.map((p) => engine.twofold.secondFactor.verifyTOTP(p.session, code, TEST_META)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expectRefused(results, ["CODE_ALREADY_USED"]);
    expect(results.some((r) => !r.ok && r.reason === "CODE_ALREADY_USED")).toBe(true);

    const states = await Promise.all(pendings.map((p) => engine.twofold.sessions.resolve(p.token)));
    expect(states.filter((s) => s === null)).toHaveLength(1);
    expect(states.filter((s) => s?.state === "pending_second_factor")).toHaveLength(SIGN_INS - 1);

    // The burst did not leave the factor locked: the owner's next code still works.
    engine.clock.advanceSeconds(30);
    const next = otpAppCode(person.otpauthUri, engine.clock.now());
    const loser = pendings[results.findIndex((r) => !r.ok)];
    expect(
      loser && (await engine.twofold.secondFactor.verifyTOTP(loser.session, next, TEST_META)).ok,
    ).toBe(true);
  });
});
