import { schema } from "@twofold/db";
import { seal } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { enrollmentToFactor, findEnrollment, openEnrollment } from "../two-factor/enrollments";
import { encodeBase32, matchTOTP, normalizeTOTPCode, otpauthURI, TOTP_SECRET_BYTES } from "./otp";
import { qrSVG } from "./qr";

export interface TOTPEnrollment {
  enrollmentId: string;
  otpauthUri: string;
  /** The seed in base32, grouped by four for typing into an app by hand. */
  secret: string;
  qrSvg: string;
  expiresAt: Date;
}

/** Starts adding an OTP app: a new seed, shown as a QR code and as text, not active yet. */
export async function beginTOTPEnrollment(
  deps: Deps,
  account: { id: string; email: string },
  label: string,
): Promise<Result<TOTPEnrollment, "TOO_MANY_ENROLLMENTS">> {
  const seed = deps.random.bytes(TOTP_SECRET_BYTES);
  const opened = await openEnrollment(deps, account.id, {
    kind: "totp",
    label,
    secretSealed: seal(deps.keys.secretBox, deps.random.bytes(12), seed, account.id),
    ttlMs: deps.config.totp.enrollmentTtlMs,
  });
  if (!opened.ok) return opened;
  const { id, expiresAt } = opened.value;
  const uri = otpauthURI(deps.config.issuer, account.email, seed);
  return ok({
    enrollmentId: id,
    otpauthUri: uri,
    secret: encodeBase32(seed).replace(/(.{4})(?=.)/g, "$1 "),
    qrSvg: await qrSVG(uri),
    expiresAt,
  });
}

export type ConfirmReason =
  "INVALID_CODE_FORMAT" | "INVALID_CODE" | "ENROLLMENT_NOT_FOUND" | "ENROLLMENT_EXPIRED";

/**
 * Confirms an OTP app with its first code. In one transaction: the enrollment is consumed, the
 * factor created (its first step already spent), and, when this turns two-step on, the backup
 * codes issued; returned only then, to be shown once.
 */
export async function confirmTOTPEnrollment(
  deps: Deps,
  accountId: string,
  input: { enrollmentId: string; code: string },
  meta: RequestMeta,
): Promise<Result<{ id: string; backupCodes?: string[] }, ConfirmReason>> {
  const { enrollmentId } = input;
  const code = normalizeTOTPCode(input.code);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const found = await findEnrollment(deps, accountId, enrollmentId, "totp");
  if (!found.ok) return found;
  const { label, secret: seed } = found.value;
  const step = matchTOTP(seed, code, deps.clock.now());
  if (step === null) return fail("INVALID_CODE");

  return deps.db.transaction(async (tx) => {
    return enrollmentToFactor(deps, tx, {
      enrollmentId,
      accountId,
      kind: "totp",
      label,
      meta,
      writeSecret: (factorId) =>
        tx
          .insert(schema.totpSecrets)
          .values({
            factorId,
            secretSealed: seal(deps.keys.secretBox, deps.random.bytes(12), seed, accountId),
            lastStep: step,
          })
          .then(() => undefined),
    });
  });
}
