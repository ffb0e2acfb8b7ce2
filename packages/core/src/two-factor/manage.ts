import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import { issueBackupCodes, remainingBackupCodes } from "../backup-codes/backup-codes";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { clearFailures, disabledScopes } from "../limits/failures";
import { recordEvent } from "../security-log/security-log";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import { FACTOR_KINDS, listFactors, type Factor, type FactorKind } from "./factors";

export interface TwoFactorStatus {
  enabled: boolean;
  factors: Factor[];
  preferred: FactorKind | null;
  backupCodesRemaining: number;
  /** Methods that 100 wrong tries in a row turned off, until the person turns them back on. */
  disabledMethods: DisableableMethod[];
}

/** What guessing can disable: each factor kind, and backup codes. */
export type DisableableMethod = FactorKind | "backup_code";
export const DISABLEABLE_METHODS: readonly DisableableMethod[] = [...FACTOR_KINDS, "backup_code"];

/** Two-step is on exactly when at least one factor is confirmed: derived, never stored apart. */
export async function twoFactorStatus(deps: Deps, accountId: string): Promise<TwoFactorStatus> {
  const [factors, remaining, disabled, [account]] = await Promise.all([
    listFactors(deps, accountId),
    remainingBackupCodes(deps, accountId),
    disabledScopes(deps, accountId),
    deps.db
      .select({ preferred: schema.accounts.preferredFactor })
      .from(schema.accounts)
      .where(eq(schema.accounts.id, accountId)),
  ]);
  const kinds = factors.map((f) => f.kind);
  const preferred = kinds.find((k) => k === account?.preferred) ?? kinds[0] ?? null;
  return {
    enabled: factors.length > 0,
    factors,
    preferred,
    backupCodesRemaining: remaining,
    disabledMethods: DISABLEABLE_METHODS.filter((m) => disabled.includes(m)),
  };
}

/**
 * Turns a method that guessing disabled back on (the person acts, after a step-up): its count
 * of failures starts again from zero.
 */
export async function enableMethod(
  deps: Deps,
  accountId: string,
  method: DisableableMethod,
  meta: RequestMeta,
): Promise<{ enabled: true }> {
  if (!(await disabledScopes(deps, accountId)).includes(method)) return { enabled: true };
  await deps.db.transaction(async (tx) => {
    await clearFailures(tx, accountId, method);
    await recordEvent(deps, {
      tx,
      accountId,
      type: "factor_enabled_again",
      meta,
      detail: { factor: method },
    });
  });
  return { enabled: true };
}

export async function setPreferredFactor(
  deps: Deps,
  accountId: string,
  kind: string,
  meta: RequestMeta,
): Promise<Result<{ preferred: FactorKind }, "FACTOR_NOT_AVAILABLE">> {
  const factors = await listFactors(deps, accountId);
  const match = FACTOR_KINDS.find((k) => k === kind && factors.some((f) => f.kind === k));
  if (!match) return fail("FACTOR_NOT_AVAILABLE");
  await deps.db
    .update(schema.accounts)
    .set({ preferredFactor: match })
    .where(eq(schema.accounts.id, accountId));
  await recordEvent(deps, {
    accountId,
    type: "preferred_factor_changed",
    meta,
    detail: { kind: match },
  });
  return ok({ preferred: match });
}

/** Which factor of an account: `kind`, when given, must match too (each router its own kind). */
export interface FactorRef {
  kind?: FactorKind | undefined;
  factorId: string;
}

export async function renameFactor(
  deps: Deps,
  accountId: string,
  target: FactorRef & { label: string },
  meta: RequestMeta,
): Promise<Result<Factor, "FACTOR_NOT_FOUND">> {
  const { kind, factorId, label } = target;
  const t = schema.factors;
  const where = and(
    eq(t.id, factorId),
    eq(t.accountId, accountId),
    kind ? eq(t.kind, kind) : undefined,
  );
  // The new name and its log entry land together, or neither.
  const row = await deps.db.transaction(async (tx) => {
    const [renamed] = await tx.update(t).set({ label }).where(where).returning();
    if (renamed)
      await recordEvent(deps, {
        tx,
        accountId,
        type: "factor_renamed",
        meta,
        detail: { kind: renamed.kind, label },
      });
    return renamed;
  });
  if (!row) return fail("FACTOR_NOT_FOUND");
  const factor = (await listFactors(deps, accountId)).find((f) => f.id === row.id);
  return factor ? ok(factor) : fail("FACTOR_NOT_FOUND");
}

/** Turns two-step off inside a transaction: every factor, pending enrollment and code goes. */
export async function clearSecondFactors(
  deps: Deps,
  tx: Tx,
  accountId: string,
  meta: RequestMeta,
): Promise<void> {
  await tx.delete(schema.factors).where(eq(schema.factors.accountId, accountId));
  await tx.delete(schema.enrollments).where(eq(schema.enrollments.accountId, accountId));
  await tx.delete(schema.backupCodes).where(eq(schema.backupCodes.accountId, accountId));
  await tx.delete(schema.smsCodes).where(eq(schema.smsCodes.accountId, accountId));
  await tx
    .update(schema.accounts)
    .set({ preferredFactor: null })
    .where(eq(schema.accounts.id, accountId));
  await recordEvent(deps, { tx, accountId, type: "two_factor_disabled", meta });
}

/**
 * Removes one factor; it stops working at once. Removing the last one turns two-step off (its
 * backup codes go too), as the person was told when they confirmed.
 */
export async function removeFactor(
  deps: Deps,
  accountId: string,
  factor: FactorRef,
  meta: RequestMeta,
): Promise<Result<{ twoFactorEnabled: boolean }, "FACTOR_NOT_FOUND">> {
  return deps.db.transaction(async (tx) => {
    const removed = await removeFactorIn(deps, tx, { accountId, meta, ...factor });
    return removed ? ok({ twoFactorEnabled: removed.twoFactorEnabled }) : fail("FACTOR_NOT_FOUND");
  });
}

/** What `removeFactorIn` removed, or null when the account has no such factor. */
export interface RemovedFactor {
  kind: FactorKind;
  label: string;
  /** False when it was the last factor: two-step is off now. */
  twoFactorEnabled: boolean;
}

/**
 * `removeFactor` inside the caller's transaction (so that "this wasn't me" removes the factor
 * it is about together with the rest). `detail` is added to the log entry.
 */
export async function removeFactorIn(
  deps: Deps,
  tx: Tx,
  options: {
    accountId: string;
    factorId: string;
    meta: RequestMeta;
    kind?: FactorKind | undefined;
    detail?: Record<string, string>;
  },
): Promise<RemovedFactor | null> {
  const { accountId, factorId, meta, kind } = options;
  await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
  const t = schema.factors;
  const where = and(
    eq(t.id, factorId),
    eq(t.accountId, accountId),
    kind ? eq(t.kind, kind) : undefined,
  );
  const [removed] = await tx.delete(t).where(where).returning({ kind: t.kind, label: t.label });
  if (!removed) return null;
  // A code already sent to a removed number must not finish a sign-in.
  await tx.delete(schema.smsCodes).where(eq(schema.smsCodes.factorId, factorId));
  await forgetTrustedBrowsers(tx, accountId);
  await recordEvent(deps, {
    tx,
    accountId,
    type: "factor_removed",
    meta,
    detail: {
      kind: removed.kind,
      label: removed.label,
      ...options.detail,
    },
  });
  const left = await listFactors(deps, accountId, tx);
  const out = { kind: removed.kind as FactorKind, label: removed.label };
  if (left.length > 0) return { ...out, twoFactorEnabled: true };
  await clearSecondFactors(deps, tx, accountId, meta);
  return { ...out, twoFactorEnabled: false };
}

export async function disableTwoFactor(
  deps: Deps,
  accountId: string,
  meta: RequestMeta,
): Promise<Result<{ enabled: false }, "TWO_FACTOR_NOT_ENABLED">> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
    const factors = await listFactors(deps, accountId, tx);
    if (factors.length === 0) return fail("TWO_FACTOR_NOT_ENABLED");
    await forgetTrustedBrowsers(tx, accountId);
    await clearSecondFactors(deps, tx, accountId, meta);
    return ok({ enabled: false as const });
  });
}

/** A new set of 10 codes; the old set stops working in the same commit. */
export async function regenerateBackupCodes(
  deps: Deps,
  accountId: string,
  meta: RequestMeta,
): Promise<Result<{ codes: string[] }, "TWO_FACTOR_NOT_ENABLED">> {
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
    const factors = await listFactors(deps, accountId, tx);
    if (factors.length === 0) return fail("TWO_FACTOR_NOT_ENABLED");
    const codes = await issueBackupCodes(deps, tx, accountId);
    await recordEvent(deps, {
      tx,
      accountId,
      type: "backup_codes_generated",
      meta,
      detail: { count: codes.length },
    });
    return ok({ codes });
  });
}
