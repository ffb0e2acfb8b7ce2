import { schema } from "@twofold/db";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { open } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { completeSignInCheckedFirst, type SignInReason } from "../sessions/second-factor";
import type { IssuedSession, Session } from "../sessions/sessions";
import { matchTOTP, normalizeTOTPCode } from "../totp/otp";

/** Why a well-formed code shown by a device signs nothing in. */
export type DeviceCodeCheckReason = "INVALID_CODE" | "CODE_ALREADY_USED";

/**
 * When a push cannot reach the device (no network on it), the device shows a one-time code
 * (RFC 6238, its own seed): the same one sign-in path as an OTP app, spent by one conditional
 * UPDATE, so a code works once.
 */
export async function verifyDeviceCodeSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession, SignInReason<DeviceCodeCheckReason>>> {
  const wellFormed = normalizeTOTPCode(code) !== null;
  const done = await completeSignInCheckedFirst(deps, {
    session,
    scope: "push",
    meta,
    wellFormed,
    find: async () => {
      const normalized = normalizeTOTPCode(code) ?? "";
      const d = schema.devices;
      const f = schema.factors;
      const devices = await deps.db
        .select({
          id: d.factorId,
          label: f.label,
          sealed: d.offlineSecretSealed,
          lastStep: d.offlineLastStep,
        })
        .from(d)
        .innerJoin(f, eq(f.id, d.factorId))
        .where(and(eq(f.accountId, session.accountId), isNotNull(d.offlineSecretSealed)));
      let replayed = false;
      for (const device of devices) {
        if (!device.sealed) continue;
        const seed = open(deps.keys.secretBox, device.sealed, session.accountId);
        const step = matchTOTP(seed, normalized, deps.clock.now());
        if (step === null) continue;
        if (step <= device.lastStep) {
          replayed = true;
          continue;
        }
        return ok({
          spend: sql`update devices set offline_last_step = ${step}
                    where factor_id = ${device.id} and offline_last_step < ${step}`,
          factorId: device.id,
          detail: { label: device.label, offline: true },
        });
      }
      return fail(replayed ? "CODE_ALREADY_USED" : "INVALID_CODE");
    },
  });
  if (!done.ok) return done;
  const { factorId: _id, ...issued } = done.value;
  return ok(issued);
}
