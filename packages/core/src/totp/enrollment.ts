import { schema } from "@twofold/db";
import { and, eq, lte, sql } from "drizzle-orm";
import { open, seal } from "../crypto/secret-box";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { addFactor } from "../two-factor/add-factor";
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
  const t = schema.enrollments;
  const now = deps.clock.now();
  await deps.db.delete(t).where(and(eq(t.accountId, account.id), lte(t.expiresAt, now)));
  const [pending] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.accountId, account.id));
  if ((pending?.n ?? 0) >= deps.config.totp.maxPendingEnrollments)
    return fail("TOO_MANY_ENROLLMENTS");

  const seed = deps.random.bytes(TOTP_SECRET_BYTES);
  const id = newId(deps.random);
  const expiresAt = new Date(now.getTime() + deps.config.totp.enrollmentTtlMs);
  await deps.db.insert(t).values({
    id,
    accountId: account.id,
    kind: "totp",
    label,
    secretSealed: seal(deps.keys.secretBox, deps.random.bytes(12), seed, account.id),
    createdAt: now,
    expiresAt,
  });
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
  enrollmentId: string,
  input: string,
  meta: RequestMeta,
): Promise<Result<{ id: string; backupCodes?: string[] }, ConfirmReason>> {
  const code = normalizeTOTPCode(input);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const t = schema.enrollments;
  const [enrollment] = await deps.db
    .select()
    .from(t)
    .where(and(eq(t.id, enrollmentId), eq(t.accountId, accountId), eq(t.kind, "totp")));
  if (!enrollment) return fail("ENROLLMENT_NOT_FOUND");
  const now = deps.clock.now();
  if (enrollment.expiresAt <= now) return fail("ENROLLMENT_EXPIRED");
  const seed = open(deps.keys.secretBox, enrollment.secretSealed, accountId);
  const step = matchTOTP(seed, code, now);
  if (step === null) return fail("INVALID_CODE");

  return deps.db.transaction(async (tx) => {
    const consumed = await tx
      .delete(t)
      .where(and(eq(t.id, enrollmentId), eq(t.accountId, accountId)))
      .returning({ id: t.id });
    if (consumed.length !== 1) return fail("ENROLLMENT_NOT_FOUND");
    const added = await addFactor(deps, tx, accountId, "totp", enrollment.label, meta, (factorId) =>
      tx
        .insert(schema.totpSecrets)
        .values({
          factorId,
          secretSealed: seal(deps.keys.secretBox, deps.random.bytes(12), seed, accountId),
          lastStep: step,
        })
        .then(() => undefined),
    );
    return ok(added);
  });
}
