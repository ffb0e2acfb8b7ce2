import { schema } from "@twofold/db";
import { and, eq, lte, sql } from "drizzle-orm";
import { open } from "../crypto/secret-box";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { Tx } from "../ports";
import { addFactor, type NewFactor } from "./add-factor";
import type { FactorKind } from "./factors";

export interface OpenedEnrollment {
  id: string;
  expiresAt: Date;
}

/**
 * Starts adding a factor that a first code must confirm (an OTP app, a phone number): a row
 * holding what is being added, sealed, until the confirmation consumes it or it runs out. At
 * most `maxPendingEnrollments` wait per account, so nobody piles them up.
 */
export async function openEnrollment(
  deps: Deps,
  accountId: string,
  entry: { kind: FactorKind; label: string; secretSealed: string; ttlMs: number },
): Promise<Result<OpenedEnrollment, "TOO_MANY_ENROLLMENTS">> {
  const t = schema.enrollments;
  const now = deps.clock.now();
  await deps.db.delete(t).where(and(eq(t.accountId, accountId), lte(t.expiresAt, now)));
  const [pending] = await deps.db
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.accountId, accountId));
  if ((pending?.n ?? 0) >= deps.config.totp.maxPendingEnrollments)
    return fail("TOO_MANY_ENROLLMENTS");
  const id = newId(deps.random);
  const expiresAt = new Date(now.getTime() + entry.ttlMs);
  const { kind, label, secretSealed } = entry;
  await deps.db
    .insert(t)
    .values({ id, accountId, kind, label, secretSealed, createdAt: now, expiresAt });
  return ok({ id, expiresAt });
}

/** A live enrollment of the account and kind, its secret opened, or why there is none. */
export async function findEnrollment(
  deps: Deps,
  accountId: string,
  enrollmentId: string,
  kind: FactorKind,
): Promise<
  Result<{ label: string; secret: Buffer }, "ENROLLMENT_NOT_FOUND" | "ENROLLMENT_EXPIRED">
> {
  const t = schema.enrollments;
  const [enrollment] = await deps.db
    .select()
    .from(t)
    .where(and(eq(t.id, enrollmentId), eq(t.accountId, accountId), eq(t.kind, kind)));
  if (!enrollment) return fail("ENROLLMENT_NOT_FOUND");
  if (enrollment.expiresAt <= deps.clock.now()) return fail("ENROLLMENT_EXPIRED");
  const secret = open(deps.keys.secretBox, enrollment.secretSealed, accountId);
  return ok({ label: enrollment.label, secret });
}

/**
 * The confirmation's last step, in the caller's transaction: the enrollment is consumed (of
 * concurrent confirmations exactly one gets it) and becomes the factor `addFactor` adds.
 */
export async function enrollmentToFactor(
  deps: Deps,
  tx: Tx,
  factor: Omit<NewFactor, "id"> & { enrollmentId: string },
): Promise<Result<{ id: string; backupCodes?: string[] }, "ENROLLMENT_NOT_FOUND">> {
  const { enrollmentId, ...rest } = factor;
  const t = schema.enrollments;
  const consumed = await tx
    .delete(t)
    .where(and(eq(t.id, enrollmentId), eq(t.accountId, factor.accountId)))
    .returning({ id: t.id });
  if (consumed.length !== 1) return fail("ENROLLMENT_NOT_FOUND");
  return ok(await addFactor(deps, tx, rest));
}
