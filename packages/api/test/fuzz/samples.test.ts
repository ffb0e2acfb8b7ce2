import { describe, expect, it } from "vitest";
import { FACTOR_ROUTERS, SIGN_IN_ROUTERS } from "./groups";
import type { Known } from "./people";
import { listProcedures, proceduresOf } from "./procedures";
import { NIL_UUID, SAMPLED_PATHS, sampleInput } from "./samples";

const KNOWN: Known = {
  email: "fuzz@example.ch",
  password: "correct horse battery staple",
  accountId: NIL_UUID,
  factorId: NIL_UUID,
  keyFactorId: NIL_UUID,
  phoneFactorId: NIL_UUID,
  deviceFactorId: NIL_UUID,
  phone: "+41791234567",
  pendingPhoneId: NIL_UUID,
  sessionId: NIL_UUID,
  backupCode: "abcd-efgh-jkmn",
  totpCode: "123456",
  totpEnrollmentId: NIL_UUID,
  deviceEnrollmentId: NIL_UUID,
  deviceEnrollmentCode: "ABCD-EFGH",
  strangerFactorId: NIL_UUID,
  strangerSessionId: NIL_UUID,
};

describe("the fuzz inputs", () => {
  const procedures = listProcedures();
  const withInput = procedures.filter((p) => p.input);

  it.each(withInput.map((p) => [p.path, p] as const))(
    "%s: the sample its mutations start from is valid (else only zod is fuzzed)",
    (_path, procedure) => {
      const result = procedure.input?.safeParse(sampleInput(procedure, KNOWN));
      expect(result?.error?.issues ?? []).toEqual([]);
    },
  );

  it("has no sample for a procedure that is gone", () => {
    const paths = new Set(procedures.map((p) => p.path));
    expect(SAMPLED_PATHS.filter((path) => !paths.has(path))).toEqual([]);
  });

  it("fuzzes every procedure in exactly one file", () => {
    const groups = [
      proceduresOf(SIGN_IN_ROUTERS),
      proceduresOf(FACTOR_ROUTERS),
      proceduresOf(null, [...SIGN_IN_ROUTERS, ...FACTOR_ROUTERS]),
    ].map((group) => group.map((p) => p.path));
    expect(groups.flat().sort()).toEqual(procedures.map((p) => p.path).sort());
    expect(procedures.length).toBeGreaterThanOrEqual(57);
  });
});
