// Threat: a stolen password alone (a session still waiting for its second factor) reaches the account.
import { useTestEngine, personWithTOTP } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { OPEN_TO_PENDING_PROCEDURES, PUBLIC_PROCEDURES } from "./procedure-access";
import { appRouter } from "./root";
import { SAMPLE_INPUT } from "../test/sample-inputs";
import { bearerSignIn, callPath, reasonFrom } from "../test/clients";

describe.each(databaseKinds())("a pending session on %s", (kind) => {
  const engine = useTestEngine(kind);

  const guarded = Object.keys(appRouter._def.procedures).filter(
    (p) => !OPEN_TO_PENDING_PROCEDURES.has(p) && !PUBLIC_PROCEDURES.has(p),
  );

  it("covers every procedure that takes input (a new one must get a sample here)", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { inputs: unknown[] } }
    >;
    const withInput = guarded.filter((p) => (procedures[p]?._def.inputs.length ?? 0) > 0);
    expect(withInput.filter((p) => !(p in SAMPLE_INPUT))).toEqual([]);
    expect(guarded).toEqual(
      expect.arrayContaining([
        "twoFactor.status",
        "totp.beginEnrollment",
        "backupCodes.regenerate",
      ]),
    );
  });

  it.each(guarded)("is refused by %s with SECOND_FACTOR_REQUIRED", async (path) => {
    const person = await personWithTOTP(engine);
    const client = await bearerSignIn(engine.twofold, person.email);
    expect(await reasonFrom(callPath(client, path))).toBe("SECOND_FACTOR_REQUIRED");
    // And nothing was done on its behalf: the factor is as it was.
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
    expect(status.backupCodesRemaining).toBe(10);
  });
});
