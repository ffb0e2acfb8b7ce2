import { databaseKinds } from "@twofold/testing";
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

describe.each(databaseKinds())("backup codes on %s", (kind) => {
  const engine = useTestEngine(kind);

  const useCode = async (email: string, code: string) => {
    const pending = await pendingSignIn(engine, email);
    return {
      pending,
      result: await engine.twofold.secondFactor.verifyBackupCode(pending.session, code, TEST_META),
    };
  };

  it("signs in with each code once, in any order, the remaining count going down to zero", async () => {
    const person = await personWithTOTP(engine);
    expect(person.backupCodes).toHaveLength(10);
    const order = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];
    for (const [i, index] of order.entries()) {
      const code = person.backupCodes[index] ?? "";
      // Typed the way people retype codes from paper: upper case, spaces.
      const typed = i % 2 === 0 ? code : code.toUpperCase().replaceAll("-", " ");
      const { result } = await useCode(person.email, typed);
      const done = must(result);
      expect(done.result).toEqual({ remaining: 9 - i });
      expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({
        state: "active",
        accountId: person.accountId,
      });
      expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(9 - i);
    }
    const outcome = must(
      await engine.twofold.accounts.signIn(
        { email: person.email, password: TEST_PASSWORD },
        TEST_META,
      ),
    );
    expect(outcome).toMatchObject({ status: "second_factor_required", factors: ["totp"] });
  });

  it("refuses a used code with CODE_ALREADY_USED, keeps the sign-in pending and the count unchanged", async () => {
    const person = await personWithTOTP(engine);
    const code = person.backupCodes[0] ?? "";
    must((await useCode(person.email, code)).result);
    const { pending, result } = await useCode(person.email, code.toUpperCase());
    expect(result).toEqual({ ok: false, reason: "CODE_ALREADY_USED" });
    expect(await engine.twofold.sessions.resolve(pending.token)).toMatchObject({
      state: "pending_second_factor",
    });
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(9);
  });

  it("refuses a made-up code with INVALID_CODE and a malformed one with INVALID_CODE_FORMAT", async () => {
    const person = await personWithTOTP(engine);
    const madeUp = person.backupCodes.includes("0000-0000-0000")
      ? "1111-1111-1111"
      : "0000-0000-0000";
    expect((await useCode(person.email, madeUp)).result).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    for (const malformed of ["", "k7wq-3mfa", "k7wq-3mfa-x9td-0000", "123456", "uuuu-uuuu-uuuu"]) {
      expect((await useCode(person.email, malformed)).result).toEqual({
        ok: false,
        reason: "INVALID_CODE_FORMAT",
      });
    }
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(10);
  });

  it("refuses another account's code", async () => {
    const owner = await personWithTOTP(engine);
    const other = await personWithTOTP(engine);
    expect((await useCode(other.email, owner.backupCodes[0] ?? "")).result).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect(await engine.twofold.backupCodes.remaining(owner.accountId)).toBe(10);
  });

  it("replaces the whole set on regeneration: old codes, used or not, stop working; new ones work", async () => {
    const person = await personWithTOTP(engine);
    const [used, unused] = person.backupCodes;
    must((await useCode(person.email, used ?? "")).result);

    const { codes } = must(
      await engine.twofold.backupCodes.regenerate(person.accountId, TEST_META),
    );
    expect(codes).toHaveLength(10);
    expect(codes.filter((c) => person.backupCodes.includes(c))).toEqual([]);
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(10);

    expect((await useCode(person.email, unused ?? "")).result).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect((await useCode(person.email, used ?? "")).result).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
    expect(must((await useCode(person.email, codes[0] ?? "")).result).result).toEqual({
      remaining: 9,
    });
  });

  it("regenerates only while two-step is on", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    expect(
      await engine.twofold.backupCodes.regenerate(issued.session.accountId, TEST_META),
    ).toEqual({
      ok: false,
      reason: "TWO_FACTOR_NOT_ENABLED",
    });
    expect(await engine.twofold.backupCodes.remaining(issued.session.accountId)).toBe(0);
  });
});
