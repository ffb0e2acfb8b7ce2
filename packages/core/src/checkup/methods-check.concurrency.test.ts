// Threat: two answers at once (two tabs, a double click) record two confirmations or both answers.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { TEST_META, useTestEngine } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import { CHECKUP_RULES } from "./findings";

describe.each(databaseKinds())("the methods check answered twice at once on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("keeps one answer and logs one confirmation", async () => {
    const person = await personWithTOTP(engine);
    engine.clock.advance(CHECKUP_RULES.methodsCheckAfterMs);
    const answer = { accountId: person.accountId, meta: TEST_META, answer: "confirmed" as const };
    const results = await Promise.all(
      Array.from({ length: 6 }, () => engine.twofold.checkup.answerMethodsCheck(answer)),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    expect(events.filter((e) => e.type === "methods_confirmed")).toHaveLength(1);
  });
});
