// Threat: one backup code sent in parallel requests opens more than one session.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { useTestEngine, pendingSignIn, TEST_META } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";

describe.each(databaseKinds())("backup codes under concurrency on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("spends only the code that finished the sign-in when two codes race on one sign-in", async () => {
    const person = await personWithTOTP(engine);
    const pending = await pendingSignIn(engine, person.email);
    const results = await Promise.all(
      person.backupCodes
        .slice(0, 5)
        .map((code) =>
          engine.twofold.secondFactor.verifyBackupCode(pending.session, code, TEST_META),
        ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(
      Array(4).fill("NO_PENDING_SIGN_IN"),
    );
    // The four losers are still good for another day.
    expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(9);
  });

  it.each([2, 10])(
    "lets exactly one of %i simultaneous uses of one code from separate sign-ins through",
    async (parallel) => {
      const person = await personWithTOTP(engine);
      const code = person.backupCodes[0] ?? "";
      const pendings = [];
      for (let i = 0; i < parallel; i += 1)
        pendings.push(await pendingSignIn(engine, person.email));
      const results = await Promise.all(
        pendings.map((p) =>
          engine.twofold.secondFactor.verifyBackupCode(p.session, code, TEST_META),
        ),
      );
      const winners = results.flatMap((r) => (r.ok ? [r.value] : []));
      expect(winners).toHaveLength(1);
      expect(winners[0]?.result).toEqual({ remaining: 9 });
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(
        Array(parallel - 1).fill("CODE_ALREADY_USED"),
      );
      expect(await engine.twofold.backupCodes.remaining(person.accountId)).toBe(9);

      const states = await Promise.all(
        pendings.map((p) => engine.twofold.sessions.resolve(p.token)),
      );
      expect(states.filter((s) => s?.state === "pending_second_factor")).toHaveLength(parallel - 1);
    },
  );
});
