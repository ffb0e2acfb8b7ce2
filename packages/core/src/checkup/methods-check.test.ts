import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { TEST_META, uniqueEmail, useTestEngine } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import { personWithTOTP } from "../../test/totp";
import { CHECKUP_RULES } from "./findings";

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())("the 30-day methods check on %s", (kind) => {
  const engine = useTestEngine(kind);
  const asked = async (accountId: string) =>
    (await engine.twofold.checkup.status(accountId)).askMethodsCheck;
  const confirmations = async (accountId: string) =>
    (await engine.twofold.securityLog.list(accountId)).events.filter(
      (e) => e.type === "methods_confirmed",
    );

  it("is asked 30 days after two-step was turned on, once: a confirmation is logged", async () => {
    const person = await personWithTOTP(engine);
    engine.clock.advance(CHECKUP_RULES.methodsCheckAfterMs - DAY_MS);
    expect(await asked(person.accountId)).toBe(false);
    engine.clock.advance(DAY_MS);
    expect(await asked(person.accountId)).toBe(true);

    const answer = { accountId: person.accountId, meta: TEST_META };
    expect(
      await engine.twofold.checkup.answerMethodsCheck({ ...answer, answer: "confirmed" }),
    ).toEqual({ ok: true, value: { answer: "confirmed" } });
    expect(await asked(person.accountId)).toBe(false);
    expect(await confirmations(person.accountId)).toHaveLength(1);
    // A later answer changes nothing and says what was answered.
    expect(
      await engine.twofold.checkup.answerMethodsCheck({ ...answer, answer: "dismissed" }),
    ).toEqual({ ok: true, value: { answer: "confirmed" } });
    engine.clock.advance(365 * DAY_MS);
    expect(await asked(person.accountId)).toBe(false);
  });

  it("is never asked again once dismissed, and logs nothing", async () => {
    const person = await personWithTOTP(engine);
    engine.clock.advance(CHECKUP_RULES.methodsCheckAfterMs);
    const answer = { accountId: person.accountId, meta: TEST_META, answer: "dismissed" as const };
    expect(await engine.twofold.checkup.answerMethodsCheck(answer)).toEqual({
      ok: true,
      value: { answer: "dismissed" },
    });
    expect(await asked(person.accountId)).toBe(false);
    expect(await confirmations(person.accountId)).toEqual([]);
  });

  it("is not asked, and cannot be answered, without two-step", async () => {
    const session = await signedUpPerson(engine, { email: uniqueEmail() });
    const { accountId } = session.session;
    engine.clock.advance(CHECKUP_RULES.methodsCheckAfterMs);
    expect(await asked(accountId)).toBe(false);
    expect(
      await engine.twofold.checkup.answerMethodsCheck({
        accountId,
        meta: TEST_META,
        answer: "confirmed",
      }),
    ).toEqual({ ok: false, reason: "TWO_FACTOR_NOT_ENABLED" });
  });
});
