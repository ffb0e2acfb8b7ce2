import { schema } from "@twofold/db";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Account } from "../accounts/accounts";
import { groupedCode, normalizeGroupedCode } from "../backup-codes/codes";
import { open, seal } from "../crypto/secret-box";
import { hashToken, newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { encodeBase32 } from "../totp/otp";
import { qrSVG } from "../totp/qr";
import { addFactor } from "../two-factor/add-factor";
import type { JsonWebKey } from "node:crypto";
import { createServerSigner, importDeviceKey, type DeviceAlgorithm } from "./signing";

const CODE_GROUPS = 5;
const CODE_SIZE = 4;

export interface DeviceEnrollmentStart {
  enrollmentId: string;
  /** Shown once, typed or scanned into the device: 20 characters, 100 bits. */
  enrollmentCode: string;
  qrSvg: string;
  expiresAt: Date;
}

/**
 * What the enrollment QR code holds: the phone authenticator's address with the code in its
 * fragment (`<public URL>/authenticator/#enroll=<code>`), so that a phone's own camera opens
 * the app ready to enroll, and the code never reaches a server log or a Referer.
 */
export function deviceEnrollmentUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/authenticator/#enroll=${encodeURIComponent(code)}`;
}

/** "Add an authenticator device": a code valid 10 minutes, stored as its hash. */
export async function beginDeviceEnrollment(
  deps: Deps,
  account: Account,
  label: string,
): Promise<DeviceEnrollmentStart> {
  const code = groupedCode(deps.random, CODE_GROUPS, CODE_SIZE);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.push.enrollmentTtlMs);
  const id = newId(deps.random);
  await deps.db.insert(schema.deviceEnrollments).values({
    id,
    accountId: account.id,
    codeHash: hashToken(normalizeGroupedCode(code, CODE_GROUPS * CODE_SIZE) ?? code),
    label,
    createdAt: now,
    expiresAt,
  });
  const qrSvg = await qrSVG(deviceEnrollmentUrl(deps.config.publicUrl, code));
  return { enrollmentId: id, enrollmentCode: code, qrSvg, expiresAt };
}

export interface EnrolledDevice {
  deviceId: string;
  /** Base32 seed of the device's offline one-time codes: given to the device once, kept sealed. */
  offlineSecret: string;
  accountEmail: string;
  /** The server's public key: the device checks that a push request really comes from it. */
  serverPublicKey: JsonWebKey;
}

/**
 * The device's side: the code (consumed by one UPDATE, so it enrolls one device), and its
 * public key. The factor is added; when it is the account's first, the backup codes are kept
 * sealed for the settings page to show once.
 */
export async function enrollDevice(
  deps: Deps,
  input: {
    enrollmentCode: string;
    publicKey: Record<string, string>;
    algorithm: DeviceAlgorithm;
    name: string;
    platform: string;
  },
  meta: RequestMeta,
): Promise<Result<EnrolledDevice, "INVALID_CODE" | "INVALID_INPUT">> {
  const code = normalizeGroupedCode(input.enrollmentCode, CODE_GROUPS * CODE_SIZE);
  if (code === null) return fail("INVALID_CODE");
  if (!importDeviceKey(input.publicKey, input.algorithm)) return fail("INVALID_INPUT");
  const e = schema.deviceEnrollments;
  const factorId = newId(deps.random);
  return deps.db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(e)
      .set({ factorId })
      .where(
        and(
          eq(e.codeHash, hashToken(code)),
          isNull(e.factorId),
          gt(e.expiresAt, sql`${deps.clock.now().toISOString()}::timestamptz`),
        ),
      )
      .returning();
    if (!claimed) return fail("INVALID_CODE");
    const offlineSeed = deps.random.bytes(20);
    const added = await addFactor(deps, tx, {
      accountId: claimed.accountId,
      kind: "push",
      label: input.name || claimed.label,
      meta,
      writeSecret: async (id) => {
        await tx.insert(schema.devices).values({
          factorId: id,
          publicKey: input.publicKey,
          algorithm: input.algorithm,
          platform: input.platform.slice(0, 64),
          lastSeenAt: deps.clock.now(),
          offlineSecretSealed: seal(
            deps.keys.secretBox,
            deps.random.bytes(12),
            offlineSeed,
            claimed.accountId,
          ),
        });
      },
      id: factorId,
    });
    if (added.backupCodes) {
      const sealed = seal(
        deps.keys.secretBox,
        deps.random.bytes(12),
        Buffer.from(JSON.stringify(added.backupCodes)),
        claimed.accountId,
      );
      await tx.update(e).set({ backupCodesSealed: sealed }).where(eq(e.id, claimed.id));
    }
    const [account] = await tx
      .select({ email: schema.accounts.email })
      .from(schema.accounts)
      .where(eq(schema.accounts.id, claimed.accountId));
    return ok({
      deviceId: added.id,
      offlineSecret: encodeBase32(offlineSeed),
      accountEmail: account?.email ?? "",
      serverPublicKey: createServerSigner(deps.keys.pushSigning).publicKey,
    });
  });
}

export type DeviceEnrollmentStatus =
  | { status: "pending"; expiresAt: Date }
  | { status: "expired" }
  | { status: "done"; deviceId: string; backupCodes?: string[] };

/** What the settings page polls: has the device enrolled? The backup codes come back once. */
export async function deviceEnrollmentStatus(
  deps: Deps,
  accountId: string,
  enrollmentId: string,
): Promise<Result<DeviceEnrollmentStatus, "ENROLLMENT_NOT_FOUND">> {
  const e = schema.deviceEnrollments;
  const [row] = await deps.db
    .update(e)
    .set({ backupCodesSealed: null })
    .where(and(eq(e.id, enrollmentId), eq(e.accountId, accountId)))
    .returning({
      factorId: e.factorId,
      expiresAt: e.expiresAt,
      // The value before this update: shown once, then gone.
      sealed: sql<
        string | null
      >`(select backup_codes_sealed from device_enrollments where id = ${enrollmentId})`,
    });
  if (!row) return fail("ENROLLMENT_NOT_FOUND");
  if (row.factorId) {
    const codes = row.sealed
      ? (JSON.parse(open(deps.keys.secretBox, row.sealed, accountId).toString()) as string[])
      : undefined;
    return ok({ status: "done", deviceId: row.factorId, ...(codes && { backupCodes: codes }) });
  }
  if (row.expiresAt <= deps.clock.now()) return ok({ status: "expired" });
  return ok({ status: "pending", expiresAt: row.expiresAt });
}
