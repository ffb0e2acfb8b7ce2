import { schema } from "@twofold/db";
import { and, eq, lt } from "drizzle-orm";
import { open } from "../crypto/secret-box";
import type { Deps, Tx } from "../deps";
import { fail, ok, type Result } from "../errors";
import { matchTOTP, normalizeTOTPCode } from "./otp";

export type TOTPCheckReason = "INVALID_CODE_FORMAT" | "INVALID_CODE" | "CODE_ALREADY_USED";

/**
 * Checks a code against every OTP app of the account and spends its time step. The spend is one
 * conditional UPDATE (`last_step < step`): of concurrent submissions of one code exactly one
 * passes, and a code at or before the last accepted step is refused as CODE_ALREADY_USED.
 */
export async function checkTOTP(
  deps: Deps,
  tx: Tx,
  accountId: string,
  input: string,
): Promise<Result<{ factorId: string; label: string }, TOTPCheckReason>> {
  const code = normalizeTOTPCode(input);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const f = schema.factors;
  const s = schema.totpSecrets;
  const apps = await tx
    .select({ id: f.id, label: f.label, sealed: s.secretSealed, lastStep: s.lastStep })
    .from(f)
    .innerJoin(s, eq(s.factorId, f.id))
    .where(eq(f.accountId, accountId));
  const now = deps.clock.now();
  let replayed = false;
  for (const app of apps) {
    const step = matchTOTP(open(deps.keys.secretBox, app.sealed, accountId), code, now);
    if (step === null) continue;
    if (step <= app.lastStep) {
      replayed = true;
      continue;
    }
    const spent = await tx
      .update(s)
      .set({ lastStep: step })
      .where(and(eq(s.factorId, app.id), lt(s.lastStep, step)))
      .returning({ id: s.factorId });
    if (spent.length === 1) return ok({ factorId: app.id, label: app.label });
    replayed = true;
  }
  return fail(replayed ? "CODE_ALREADY_USED" : "INVALID_CODE");
}
