// Threat: a patient guesser keeps trying forever, or sprays passwords over many accounts from one address.
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import {
  PAST_ANY_DELAY_MS,
  TEST_META,
  TEST_PASSWORD,
  createTestEngine,
  pendingSignIn,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { personWithTOTP, type PersonWithTOTP } from "../../test/totp";
import { signedUpPerson } from "../../test/sign-up";

const wrong = (person: PersonWithTOTP, at: Date): string =>
  String((Number(otpAppCode(person.otpauthUri, at)) + 500_000) % 1_000_000).padStart(6, "0");

describe.each(databaseKinds())("delays and disabling on %s", (kind) => {
  const engine = useTestEngine(kind);
  const now = () => engine.clock.now();
  const guess = async (person: PersonWithTOTP, code: string) => {
    const pending = await pendingSignIn(engine, person.email);
    return engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META);
  };

  it("from the 5th failure in a row, each next try waits 1 s, then 2 s, 4 s, 8 s, even for the right code", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < 4; i += 1)
      expect(await guess(person, wrong(person, now()))).toMatchObject({ reason: "INVALID_CODE" });
    for (const seconds of [1, 2, 4, 8]) {
      expect(await guess(person, wrong(person, now()))).toMatchObject({ reason: "INVALID_CODE" });
      expect(await guess(person, otpAppCode(person.otpauthUri, now()))).toEqual({
        ok: false,
        reason: "RATE_LIMITED",
        retryAt: new Date(now().getTime() + seconds * 1000),
      });
      engine.clock.advance(seconds * 1000);
    }
    // Waiting was enough: the right code signs in and ends the run of failures.
    expect((await guess(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
    engine.clock.advanceSeconds(30);
    for (let i = 0; i < 4; i += 1) await guess(person, wrong(person, now()));
    expect((await guess(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
  });

  it("disables the OTP app after 100 failures in a row until its owner turns it back on", async () => {
    const person = await personWithTOTP(engine);
    const { maxFailures, lockMs, disableAfter } = DEFAULT_CONFIG.limits;
    for (let round = 0; round * maxFailures < disableAfter; round += 1) {
      for (let i = 0; i < maxFailures; i += 1) {
        engine.clock.advance(PAST_ANY_DELAY_MS);
        expect(await guess(person, wrong(person, now()))).toMatchObject({ reason: "INVALID_CODE" });
      }
      engine.clock.advance(lockMs * 2 ** round);
    }
    expect(await guess(person, otpAppCode(person.otpauthUri, now()))).toEqual({
      ok: false,
      reason: "FACTOR_DISABLED",
    });
    // Time alone does not turn it back on.
    engine.clock.advance(7 * 24 * 60 * 60 * 1000);
    expect(await guess(person, otpAppCode(person.otpauthUri, now()))).toMatchObject({
      reason: "FACTOR_DISABLED",
    });
    expect((await engine.twofold.twoFactor.status(person.accountId)).disabledMethods).toEqual([
      "totp",
    ]);
    const types = (await engine.twofold.securityLog.list(person.accountId)).events.map(
      (e) => e.type,
    );
    expect(types.filter((t) => t === "factor_disabled")).toHaveLength(1);
    // Backup codes are counted apart and still let the owner in.
    const pending = await pendingSignIn(engine, person.email);
    const signedIn = await engine.twofold.secondFactor.verifyBackupCode(
      pending.session,
      person.backupCodes[0] ?? "",
      TEST_META,
    );
    expect(signedIn.ok).toBe(true);

    await engine.twofold.twoFactor.enableMethod(person.accountId, "totp", TEST_META);
    expect((await engine.twofold.twoFactor.status(person.accountId)).disabledMethods).toEqual([]);
    expect((await guess(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
  });
});

describe.each(databaseKinds())("sign-in attempts per address on %s", (kind) => {
  it("refuses the 101st password sign-in from one address within 15 minutes, whatever the account", async () => {
    const engine = await createTestEngine(kind, { limits: DEFAULT_CONFIG.limits });
    try {
      const { signInPerIp, signInWindowMs } = DEFAULT_CONFIG.limits;
      const email = uniqueEmail();
      await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
      const sprayer = { ip: "198.51.100.9", userAgent: "spray" };
      const attempts = Array.from({ length: signInPerIp }, (_, i) =>
        engine.twofold.accounts.signIn(
          { email: `nobody-${i}@example.ch`, password: "guess" },
          sprayer,
        ),
      );
      for (const r of await Promise.all(attempts))
        expect(r).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
      const right = await engine.twofold.accounts.signIn(
        { email, password: TEST_PASSWORD },
        sprayer,
      );
      expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
      // Another address is not affected, and the window ends.
      const elsewhere = await engine.twofold.accounts.signIn(
        { email, password: TEST_PASSWORD },
        TEST_META,
      );
      expect(elsewhere.ok).toBe(true);
      engine.clock.advance(signInWindowMs);
      const later = await engine.twofold.accounts.signIn(
        { email, password: TEST_PASSWORD },
        sprayer,
      );
      expect(later.ok).toBe(true);
    } finally {
      await engine.close();
    }
  });
});
