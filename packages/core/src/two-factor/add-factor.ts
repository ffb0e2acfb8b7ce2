import { schema } from "@twofold/db";
import { eq, sql } from "drizzle-orm";
import { issueBackupCodes } from "../backup-codes/backup-codes";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import type { FactorKind } from "./factors";

/** A confirmed factor to add. */
export interface NewFactor {
  accountId: string;
  kind: FactorKind;
  label: string;
  meta: RequestMeta;
  /** Writes the kind's own row (seed, public key) with the new factor's id. */
  writeSecret: (factorId: string) => Promise<void>;
  /** The factor's id when the caller chose it already (a device's key is bound to it). */
  id?: string;
}

/**
 * Adds a confirmed factor inside the caller's transaction and, when it is the account's first,
 * turns two-step on by issuing backup codes (returned only then, to be shown once). The kind's
 * own row (seed, public key) is written by `writeSecret` with the new factor's id.
 */
export async function addFactor(
  deps: Deps,
  tx: Tx,
  factor: NewFactor,
): Promise<{ id: string; backupCodes?: string[] }> {
  const { accountId, kind, label, meta, writeSecret, id = newId(deps.random) } = factor;
  // Serialises additions to one account: only one of them can be "the first factor".
  await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
  const [existing] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.factors)
    .where(eq(schema.factors.accountId, accountId));
  const firstFactor = (existing?.n ?? 0) === 0;
  await tx
    .insert(schema.factors)
    .values({ id, accountId, kind, label, createdAt: deps.clock.now() });
  await writeSecret(id);
  await forgetTrustedBrowsers(tx, accountId);
  // The factor's id: "this wasn't me" from the email about this event removes this factor.
  await recordEvent(deps, {
    tx,
    accountId,
    type: "factor_added",
    meta,
    detail: { kind, label, factorId: id },
  });
  if (!firstFactor) return { id };
  const backupCodes = await issueBackupCodes(deps, tx, accountId);
  await recordEvent(deps, {
    tx,
    accountId,
    type: "two_factor_enabled",
    meta,
    detail: { kind, factorId: id },
  });
  await recordEvent(deps, {
    tx,
    accountId,
    type: "backup_codes_generated",
    meta,
    detail: {
      count: backupCodes.length,
    },
  });
  return { id, backupCodes };
}
