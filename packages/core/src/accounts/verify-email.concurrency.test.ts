// Threat: one mailed code confirms an address (and opens a session) more than once.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test/engine";
import { verificationMail } from "../../test/sign-up";

const PARALLEL = 20;

describe.each(databaseKinds())("confirming an address on %s", (kind) => {
  const engine = useTestEngine(kind);

  it(`spends the code once: one of ${PARALLEL} parallel confirmations opens a session`, async () => {
    const email = uniqueEmail("race");
    must(await engine.twofold.accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    const { code } = await verificationMail(engine, email);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.accounts.verifyEmail({ email, code }, TEST_META),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.reason).toBe("INVALID_CODE");
  });

  it("compares no more guesses than a code allows, even in parallel", async () => {
    const email = uniqueEmail("guess");
    must(await engine.twofold.accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    const { code } = await verificationMail(engine, email);
    const wrong = code === "000000" ? "111111" : "000000";
    await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.accounts.verifyEmail({ email, code: wrong }, TEST_META),
      ),
    );
    // The tries are used up: even the right code no longer confirms.
    expect(await engine.twofold.accounts.verifyEmail({ email, code }, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CODE",
    });
  });
});
