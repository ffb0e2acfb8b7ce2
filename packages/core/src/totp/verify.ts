import { schema } from "@twofold/db";
import { eq, sql, type SQL } from "drizzle-orm";
import { open } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { matchTOTP, normalizeTOTPCode } from "./otp";

export type TOTPCheckReason = "INVALID_CODE_FORMAT" | "INVALID_CODE" | "CODE_ALREADY_USED";

/**
 * Finds which OTP app of the account shows this code now (±1 step), and at which time step.
 * A code at or before the app's last accepted step is CODE_ALREADY_USED. Reads only: the step is
 * spent by `spendTOTPStep`, in the statement that finishes the sign-in.
 */
export async function findTOTPMatch(
  deps: Deps,
  accountId: string,
  input: string,
): Promise<Result<{ factorId: string; label: string; step: number }, TOTPCheckReason>> {
  const code = normalizeTOTPCode(input);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const f = schema.factors;
  const s = schema.totpSecrets;
  const apps = await deps.db
    .select({ id: f.id, label: f.label, sealed: s.secretSealed, lastStep: s.lastStep })
    .from(f)
    .innerJoin(s, eq(s.factorId, f.id))
    .where(eq(f.accountId, accountId));
  const now = deps.clock.now();
  let replayed = false;
  for (const app of apps) {
    const step = matchTOTP(open(deps.keys.secretBox, app.sealed, accountId), code, now);
    if (step === null) continue;
    if (step > app.lastStep) return ok({ factorId: app.id, label: app.label, step });
    replayed = true;
  }
  return fail(replayed ? "CODE_ALREADY_USED" : "INVALID_CODE");
}

/**
 * Spends a time step: one conditional UPDATE (`last_step < step`), so of concurrent
 * submissions of one code exactly one passes, and no older step can follow a newer one.
 */
export function spendTOTPStep(factorId: string, step: number): SQL {
  return sql`update totp_secrets set last_step = ${step}
              where factor_id = ${factorId} and last_step < ${step}`;
}
