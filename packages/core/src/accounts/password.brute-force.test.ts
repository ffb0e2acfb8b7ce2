// Threat: someone who knows an email sends many password guesses at once, before any is counted.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { useTestEngine, TEST_META, TEST_PASSWORD, uniqueEmail } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

describe.each(databaseKinds())("password guesses in parallel on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("checks at most maxFailures of 30 simultaneous guesses; the rest, and then the right password, are RATE_LIMITED", async () => {
    const { maxFailures } = engine.twofold.deps.config.limits;
    const email = uniqueEmail();
    await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        engine.twofold.accounts.signIn({ email, password: `guess number ${i}` }, TEST_META),
      ),
    );
    const reasons = results.map((r) => (r.ok ? "OK" : r.reason));
    expect(reasons.filter((r) => r === "INVALID_CREDENTIALS").length).toBeLessThanOrEqual(
      maxFailures,
    );
    expect(reasons.filter((r) => r === "RATE_LIMITED").length).toBeGreaterThanOrEqual(
      30 - maxFailures,
    );
    const right = await engine.twofold.accounts.signIn(
      { email, password: TEST_PASSWORD },
      TEST_META,
    );
    expect(right).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });
});
