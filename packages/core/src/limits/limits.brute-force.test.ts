// Threat: someone who has the password guesses the second factor's codes until one fits.
import { schema } from "@twofold/db";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestEngine, pendingSignIn, PAST_ANY_DELAY_MS, TEST_META } from "../../test/engine";
import { personWithTOTP, type PersonWithTOTP } from "../../test/totp";

/** A six-digit code the app does not show in the accepted window (previous, current, next step). */
function wrongCode(otpauthUri: string, at: Date, nth = 0): string {
  const near = new Set(
    [-30_000, 0, 30_000].map((ms) => otpAppCode(otpauthUri, new Date(at.getTime() + ms))),
  );
  let n = (Number(otpAppCode(otpauthUri, at)) + 1 + nth * 7919) % 1_000_000;
  while (near.has(String(n).padStart(6, "0"))) n = (n + 1) % 1_000_000;
  return String(n).padStart(6, "0");
}

describe.each(databaseKinds())("brute force on %s", (kind) => {
  const engine = useTestEngine(kind);

  const limits = () => engine.twofold.deps.config.limits;
  const now = () => engine.clock.now();
  /** One guess on a fresh pending sign-in, as an attacker with the password would make it. */
  const guessTOTP = async (person: PersonWithTOTP, code: string) => {
    const pending = await pendingSignIn(engine, person.email);
    return engine.twofold.secondFactor.verifyTOTP(pending.session, code, TEST_META);
  };
  /** From the 5th failure on, each try must wait a little longer: the guesser waits it out. */
  const waitOutDelay = () => engine.clock.advance(PAST_ANY_DELAY_MS);
  const events = async (accountId: string) =>
    (await engine.twofold.securityLog.list(accountId)).events;

  it("locks the OTP app after maxFailures wrong codes across sessions: the right code then answers RATE_LIMITED", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures; i += 1) {
      waitOutDelay();
      expect(await guessTOTP(person, wrongCode(person.otpauthUri, now(), i))).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
    }
    const right = await guessTOTP(person, otpAppCode(person.otpauthUri, now()));
    expect(right).toEqual({
      ok: false,
      reason: "RATE_LIMITED",
      retryAt: new Date(now().getTime() + limits().lockMs),
    });

    const log = await events(person.accountId);
    expect(log.filter((e) => e.type === "factor_locked").map((e) => e.detail)).toEqual([
      { factor: "totp" },
    ]);
    expect(log.filter((e) => e.type === "second_factor_failed")).toHaveLength(limits().maxFailures);
    expect(log.map((e) => e.type)).not.toContain("sign_in_succeeded");
  });

  it("does not reset the code count on a right password", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures - 1; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    // guessTOTP signs in with the right password each time; one more wrong code is the last allowed.
    waitOutDelay();
    expect(await guessTOTP(person, wrongCode(person.otpauthUri, now(), 99))).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect(await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
  });

  it("lets the right code through once lockMs has passed, and starts counting afresh", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    engine.clock.advance(limits().lockMs - 1000);
    expect(await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
    engine.clock.advance(1000);
    expect((await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);

    engine.clock.advanceSeconds(30);
    for (let i = 0; i < limits().maxFailures - 1; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    waitOutDelay();
    expect((await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
  });

  it("keeps counting across locks: each next round of guesses is locked twice as long", async () => {
    const person = await personWithTOTP(engine);
    const { maxFailures, lockMs } = limits();
    for (let round = 0; round < 3; round += 1) {
      for (let i = 0; i < maxFailures; i += 1) {
        waitOutDelay();
        expect(
          await guessTOTP(person, wrongCode(person.otpauthUri, now(), round * 100 + i)),
        ).toEqual({
          ok: false,
          reason: "INVALID_CODE",
        });
      }
      const refused = await guessTOTP(person, otpAppCode(person.otpauthUri, now()));
      expect(refused).toEqual({
        ok: false,
        reason: "RATE_LIMITED",
        retryAt: new Date(now().getTime() + lockMs * 2 ** round),
      });
      engine.clock.advance(lockMs * 2 ** round);
    }
    // The right code still works once the last lock has run out, and clears the count.
    expect((await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
  });

  it("does not count guesses made while locked", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    for (let i = 0; i < 3; i += 1) {
      expect(await guessTOTP(person, wrongCode(person.otpauthUri, now(), 50 + i))).toMatchObject({
        ok: false,
        reason: "RATE_LIMITED",
      });
    }
    engine.clock.advance(limits().lockMs);
    expect((await guessTOTP(person, otpAppCode(person.otpauthUri, now()))).ok).toBe(true);
  });

  it("checks at most maxFailures codes even when the guesses arrive all at once", async () => {
    const person = await personWithTOTP(engine);
    const parallel = limits().maxFailures * 3;
    const pendings = [];
    for (let i = 0; i < parallel; i += 1) pendings.push(await pendingSignIn(engine, person.email));
    const results = await Promise.all(
      pendings.map((p, i) =>
        engine.twofold.secondFactor.verifyTOTP(
          p.session,
          wrongCode(person.otpauthUri, now(), i),
          TEST_META,
        ),
      ),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    // Fewer are checked when a delay set by an early failure is already running when a later
    // guess is charged (on PostgreSQL, where they run side by side); never more.
    const checked = reasons.filter((r) => r === "INVALID_CODE").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(limits().maxFailures);
    expect(reasons.filter((r) => r === "RATE_LIMITED")).toHaveLength(parallel - checked);
  });

  it("lets a right code in a burst through only while the round has a guess left for it", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures - 1; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    waitOutDelay();
    const parallel = 20;
    const pendings = [];
    for (let i = 0; i < parallel; i += 1) pendings.push(await pendingSignIn(engine, person.email));
    const right = otpAppCode(person.otpauthUri, now());
    const results = await Promise.all(
      pendings.map((p, i) =>
        engine.twofold.secondFactor.verifyTOTP(
          p.session,
          i === parallel - 1 ? right : wrongCode(person.otpauthUri, now(), 100 + i),
          TEST_META,
        ),
      ),
    );
    const reasons = results.map((r) => (r.ok ? "signed in" : r.reason));
    const checked = reasons.filter((r) => r === "INVALID_CODE").length;
    if (reasons.includes("signed in")) {
      // It came first: no wrong guess was checked before it (each was counted after the
      // sign-in cleared the count, and is in the count now).
      const [counter] = await engine.twofold.deps.db
        .select({ failures: schema.failureCounters.failures })
        .from(schema.failureCounters)
        .where(eq(schema.failureCounters.accountId, person.accountId));
      expect(counter?.failures ?? 0).toBe(checked);
      expect(checked).toBeLessThanOrEqual(limits().maxFailures);
    } else {
      // The round's last guess went to a wrong code: the right one was not checked.
      expect(checked).toBe(1);
      expect(reasons[parallel - 1]).toBe("RATE_LIMITED");
    }
  });

  it("keeps backup codes usable while the OTP app is locked, so its owner can still get in", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures; i += 1) {
      waitOutDelay();
      await guessTOTP(person, wrongCode(person.otpauthUri, now(), i));
    }
    const pending = await pendingSignIn(engine, person.email);
    const done = await engine.twofold.secondFactor.verifyBackupCode(
      pending.session,
      person.backupCodes[0] ?? "",
      TEST_META,
    );
    expect(done.ok).toBe(true);
  });

  it("locks backup codes after maxFailures wrong ones: a right one then answers RATE_LIMITED", async () => {
    const person = await personWithTOTP(engine);
    for (let i = 0; i < limits().maxFailures; i += 1) {
      waitOutDelay();
      const pending = await pendingSignIn(engine, person.email);
      const guess = `${String(i).padStart(4, "0")}-0000-0000`;
      expect(
        await engine.twofold.secondFactor.verifyBackupCode(pending.session, guess, TEST_META),
      ).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
    }
    const pending = await pendingSignIn(engine, person.email);
    const right = await engine.twofold.secondFactor.verifyBackupCode(
      pending.session,
      person.backupCodes[0] ?? "",
      TEST_META,
    );
    expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(10);
    const locked = (await events(person.accountId)).filter((e) => e.type === "factor_locked");
    expect(locked.map((e) => e.detail)).toEqual([{ factor: "backup_code" }]);
  });
});
