import { databaseKinds, otpAppCode, otpauthSecret } from "@twofold/testing";
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
import { opened } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

/** A six-digit code the app does not show in the accepted window (previous, current, next step). */
function wrongCode(otpauthUri: string, at: Date): string {
  const near = new Set(
    [-30_000, 0, 30_000].map((ms) => otpAppCode(otpauthUri, new Date(at.getTime() + ms))),
  );
  let n = Number(otpAppCode(otpauthUri, at));
  while (near.has(String(n).padStart(6, "0"))) n = (n + 1) % 1_000_000;
  return String(n).padStart(6, "0");
}

describe.each(databaseKinds())("TOTP on %s", (kind) => {
  const engine = useTestEngine(kind);

  const code = (uri: string): string => otpAppCode(uri, engine.clock.now());
  const account = async (email = uniqueEmail()) => {
    const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const found = await engine.twofold.accounts.get(issued.session.accountId);
    if (!found) throw new Error("account missing");
    return found;
  };
  const signIn = (email: string) =>
    engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META);
  const addApp = async (accountId: string, email: string, label: string) => {
    engine.clock.advanceSeconds(30); // a person takes a moment per app: each has its own creation time
    const enrollment = must(
      await engine.twofold.totp.beginEnrollment({ id: accountId, email }, label),
    );
    const confirmed = must(
      await engine.twofold.totp.confirmEnrollment(
        accountId,
        { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
        TEST_META,
      ),
    );
    return { ...confirmed, otpauthUri: enrollment.otpauthUri };
  };

  it("signs in with the password, then the code the phone app shows", async () => {
    const person = await personWithTOTP(engine);
    const outcome = opened(must(await signIn(person.email)));
    expect(outcome).toMatchObject({
      status: "second_factor_required",
      factors: ["totp", "backup_code"],
      preferred: "totp",
    });
    const done = must(
      await engine.twofold.secondFactor.verifyTOTP(
        outcome.session,
        code(person.otpauthUri),
        TEST_META,
      ),
    );
    expect(done.result.factorId).toBe(person.factorId);
    expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({
      state: "active",
      accountId: person.accountId,
    });
  });

  it("accepts the code typed with a space, as apps display it", async () => {
    const person = await personWithTOTP(engine);
    const pending = await pendingSignIn(engine, person.email);
    const shown = code(person.otpauthUri);
    const typed = `${shown.slice(0, 3)} ${shown.slice(3)}`;
    expect(
      (await engine.twofold.secondFactor.verifyTOTP(pending.session, typed, TEST_META)).ok,
    ).toBe(true);
  });

  it("refuses a wrong code and keeps the sign-in pending for another try", async () => {
    const person = await personWithTOTP(engine);
    const pending = await pendingSignIn(engine, person.email);
    const wrong = await engine.twofold.secondFactor.verifyTOTP(
      pending.session,
      wrongCode(person.otpauthUri, engine.clock.now()),
      TEST_META,
    );
    expect(wrong).toEqual({ ok: false, reason: "INVALID_CODE" });
    expect(await engine.twofold.sessions.resolve(pending.token)).toMatchObject({
      state: "pending_second_factor",
    });
    expect(
      (
        await engine.twofold.secondFactor.verifyTOTP(
          pending.session,
          code(person.otpauthUri),
          TEST_META,
        )
      ).ok,
    ).toBe(true);
  });

  it.each(["12345", "1234567", "12a456", ""])(
    "refuses %j at sign-in with INVALID_CODE_FORMAT",
    async (input) => {
      const person = await personWithTOTP(engine);
      const pending = await pendingSignIn(engine, person.email);
      expect(
        await engine.twofold.secondFactor.verifyTOTP(pending.session, input, TEST_META),
      ).toEqual({
        ok: false,
        reason: "INVALID_CODE_FORMAT",
      });
    },
  );

  it("refuses a second factor on a session that is already signed in", async () => {
    const person = await personWithTOTP(engine);
    const pending = await pendingSignIn(engine, person.email);
    const done = must(
      await engine.twofold.secondFactor.verifyTOTP(
        pending.session,
        code(person.otpauthUri),
        TEST_META,
      ),
    );
    engine.clock.advanceSeconds(30);
    const again = await engine.twofold.secondFactor.verifyTOTP(
      done.session,
      code(person.otpauthUri),
      TEST_META,
    );
    expect(again).toEqual({ ok: false, reason: "NO_PENDING_SIGN_IN" });
  });

  describe("enrollment", () => {
    it("shows the seed as a QR code and as grouped text, both for the same secret", async () => {
      const { id, email } = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      const uri = new URL(enrollment.otpauthUri);
      expect(uri.searchParams.get("issuer")).toBe("Twofold");
      expect(decodeURIComponent(uri.pathname)).toBe(`/Twofold:${email}`);
      expect(enrollment.secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
      expect(enrollment.secret.replaceAll(" ", "")).toBe(otpauthSecret(enrollment.otpauthUri));
      expect(enrollment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
      expect(enrollment.expiresAt).toEqual(
        new Date(engine.clock.now().getTime() + engine.twofold.deps.config.totp.enrollmentTtlMs),
      );
    });

    it("changes nothing until confirmed: the password alone still signs in", async () => {
      const { id, email } = await account();
      must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      expect(await engine.twofold.twoFactor.status(id)).toMatchObject({
        enabled: false,
        factors: [],
      });
      expect(must(await signIn(email)).status).toBe("authenticated");
    });

    it("accepts the confirming code typed with a space", async () => {
      const { id, email } = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      const shown = code(enrollment.otpauthUri);
      const confirmed = await engine.twofold.totp.confirmEnrollment(
        id,
        { enrollmentId: enrollment.enrollmentId, code: `${shown.slice(0, 3)} ${shown.slice(3)}` },
        TEST_META,
      );
      expect(confirmed.ok).toBe(true);
    });

    it("refuses a wrong confirming code with INVALID_CODE and lets the right one through afterwards", async () => {
      const { id, email } = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      const wrong = wrongCode(enrollment.otpauthUri, engine.clock.now());
      expect(
        await engine.twofold.totp.confirmEnrollment(
          id,
          { enrollmentId: enrollment.enrollmentId, code: wrong },
          TEST_META,
        ),
      ).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
      expect((await engine.twofold.twoFactor.status(id)).enabled).toBe(false);
      const confirmed = await engine.twofold.totp.confirmEnrollment(
        id,
        { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
        TEST_META,
      );
      expect(confirmed.ok).toBe(true);
    });

    it.each(["12345", "1234567", "abcdef", "12-34-56", ""])(
      "refuses the confirming code %j with INVALID_CODE_FORMAT",
      async (input) => {
        const { id, email } = await account();
        const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
        expect(
          await engine.twofold.totp.confirmEnrollment(
            id,
            { enrollmentId: enrollment.enrollmentId, code: input },
            TEST_META,
          ),
        ).toEqual({
          ok: false,
          reason: "INVALID_CODE_FORMAT",
        });
      },
    );

    it("refuses an enrollment older than enrollmentTtlMs with ENROLLMENT_EXPIRED", async () => {
      const { id, email } = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      engine.clock.advance(engine.twofold.deps.config.totp.enrollmentTtlMs);
      expect(
        await engine.twofold.totp.confirmEnrollment(
          id,
          { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
          TEST_META,
        ),
      ).toEqual({
        ok: false,
        reason: "ENROLLMENT_EXPIRED",
      });
      expect((await engine.twofold.twoFactor.status(id)).enabled).toBe(false);
    });

    it("refuses another account's enrollment, even with its right code, with ENROLLMENT_NOT_FOUND", async () => {
      const owner = await account();
      const intruder = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment(owner, "Phone"));
      const stolen = await engine.twofold.totp.confirmEnrollment(
        intruder.id,
        { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
        TEST_META,
      );
      expect(stolen).toEqual({ ok: false, reason: "ENROLLMENT_NOT_FOUND" });
      expect((await engine.twofold.twoFactor.status(intruder.id)).enabled).toBe(false);
      const mine = await engine.twofold.totp.confirmEnrollment(
        owner.id,
        { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
        TEST_META,
      );
      expect(mine.ok).toBe(true);
    });

    it("consumes the enrollment: it cannot be confirmed a second time", async () => {
      const { id, email } = await account();
      const enrollment = must(await engine.twofold.totp.beginEnrollment({ id, email }, "Phone"));
      must(
        await engine.twofold.totp.confirmEnrollment(
          id,
          { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
          TEST_META,
        ),
      );
      engine.clock.advanceSeconds(30);
      const again = await engine.twofold.totp.confirmEnrollment(
        id,
        { enrollmentId: enrollment.enrollmentId, code: code(enrollment.otpauthUri) },
        TEST_META,
      );
      expect(again).toEqual({ ok: false, reason: "ENROLLMENT_NOT_FOUND" });
      expect((await engine.twofold.twoFactor.status(id)).factors).toHaveLength(1);
    });

    it("allows maxPendingEnrollments open enrollments at a time; expired ones free their place", async () => {
      const { id, email } = await account();
      const { maxPendingEnrollments, enrollmentTtlMs } = engine.twofold.deps.config.totp;
      for (let i = 0; i < maxPendingEnrollments; i += 1)
        must(await engine.twofold.totp.beginEnrollment({ id, email }, `App ${i}`));
      expect(await engine.twofold.totp.beginEnrollment({ id, email }, "One too many")).toEqual({
        ok: false,
        reason: "TOO_MANY_ENROLLMENTS",
      });
      engine.clock.advance(enrollmentTtlMs + 1000);
      expect((await engine.twofold.totp.beginEnrollment({ id, email }, "Later")).ok).toBe(true);
    });
  });

  describe("several apps", () => {
    it("keeps each named app usable for sign-in", async () => {
      const person = await personWithTOTP(engine);
      const tablet = await addApp(person.accountId, person.email, "Tablet");
      const laptop = await addApp(person.accountId, person.email, "Laptop");
      const status = await engine.twofold.twoFactor.status(person.accountId);
      expect(status.factors.map((f) => f.label)).toEqual(["Phone", "Tablet", "Laptop"]);
      expect(status.factors.every((f) => f.kind === "totp")).toBe(true);

      engine.clock.advanceSeconds(30);
      for (const [uri, factorId] of [
        [person.otpauthUri, person.factorId],
        [tablet.otpauthUri, tablet.id],
        [laptop.otpauthUri, laptop.id],
      ] as const) {
        const pending = await pendingSignIn(engine, person.email);
        const done = must(
          await engine.twofold.secondFactor.verifyTOTP(pending.session, code(uri), TEST_META),
        );
        expect(done.result.factorId).toBe(factorId);
      }
      const used = await engine.twofold.twoFactor.status(person.accountId);
      expect(used.factors.map((f) => f.lastUsedAt)).toEqual([
        engine.clock.now(),
        engine.clock.now(),
        engine.clock.now(),
      ]);
    });

    it("returns backup codes only when the first app turns two-step on", async () => {
      const { id, email } = await account();
      const first = await addApp(id, email, "Phone");
      expect(first.backupCodes).toHaveLength(10);
      const second = await addApp(id, email, "Tablet");
      expect(second.backupCodes).toBeUndefined();
      expect(await engine.twofold.backupCodes.remaining(id)).toBe(10);
      const pending = await pendingSignIn(engine, email);
      expect(
        (
          await engine.twofold.secondFactor.verifyBackupCode(
            pending.session,
            first.backupCodes?.[0] ?? "",
            TEST_META,
          )
        ).ok,
      ).toBe(true);
    });

    it("stops accepting a removed app's codes while the others keep working", async () => {
      const person = await personWithTOTP(engine);
      const tablet = await addApp(person.accountId, person.email, "Tablet");
      expect(
        must(
          await engine.twofold.twoFactor.removeFactor(
            person.accountId,
            { factorId: person.factorId },
            TEST_META,
          ),
        ),
      ).toEqual({
        twoFactorEnabled: true,
      });
      engine.clock.advanceSeconds(30);
      const pending = await pendingSignIn(engine, person.email);
      expect(
        await engine.twofold.secondFactor.verifyTOTP(
          pending.session,
          code(person.otpauthUri),
          TEST_META,
        ),
      ).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
      const done = must(
        await engine.twofold.secondFactor.verifyTOTP(
          pending.session,
          code(tablet.otpauthUri),
          TEST_META,
        ),
      );
      expect(done.result.factorId).toBe(tablet.id);
      expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(10);
    });

    it("turns two-step off with the last app removed: backup codes die with it", async () => {
      const person = await personWithTOTP(engine);
      expect(
        must(
          await engine.twofold.twoFactor.removeFactor(
            person.accountId,
            { factorId: person.factorId },
            TEST_META,
          ),
        ),
      ).toEqual({
        twoFactorEnabled: false,
      });
      expect(await engine.twofold.twoFactor.status(person.accountId)).toEqual({
        enabled: false,
        factors: [],
        preferred: null,
        backupCodesRemaining: 0,
        disabledMethods: [],
      });
      expect(must(await signIn(person.email)).status).toBe("authenticated");

      // Turned on again: only the new set works, the old codes stay dead.
      const again = await addApp(person.accountId, person.email, "New phone");
      engine.clock.advanceSeconds(30);
      const pending = await pendingSignIn(engine, person.email);
      for (const old of person.backupCodes.slice(0, 3)) {
        expect(
          await engine.twofold.secondFactor.verifyBackupCode(pending.session, old, TEST_META),
        ).toEqual({
          ok: false,
          reason: "INVALID_CODE",
        });
      }
      expect(
        must(
          await engine.twofold.secondFactor.verifyBackupCode(
            pending.session,
            again.backupCodes?.[0] ?? "",
            TEST_META,
          ),
        ).result,
      ).toEqual({
        remaining: 9,
      });
    });

    it("does not let another account remove an app", async () => {
      const person = await personWithTOTP(engine);
      const intruder = await account();
      expect(
        await engine.twofold.twoFactor.removeFactor(
          intruder.id,
          { factorId: person.factorId },
          TEST_META,
        ),
      ).toEqual({
        ok: false,
        reason: "FACTOR_NOT_FOUND",
      });
      const pending = await pendingSignIn(engine, person.email);
      expect(
        (
          await engine.twofold.secondFactor.verifyTOTP(
            pending.session,
            code(person.otpauthUri),
            TEST_META,
          )
        ).ok,
      ).toBe(true);
    });
  });
});
