import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";

export type RecoveryStatus = { pending: false } | { pending: true; startedAt: Date; endsAt: Date };

/** The account's pending recovery, as every front end and device shows it. */
export async function recoveryStatus(
  deps: Pick<Deps, "db">,
  accountId: string,
): Promise<RecoveryStatus> {
  const r = schema.accountRecoveries;
  const [row] = await deps.db
    .select({ startedAt: r.startedAt, endsAt: r.endsAt })
    .from(r)
    .where(and(eq(r.accountId, accountId), eq(r.state, "pending")));
  return row ? { pending: true, ...row } : { pending: false };
}

/**
 * Ends the pending recovery for good, in one step (any session of the account, or one of its
 * authenticator devices; no step-up): it can never be completed, and a new start is a new
 * recovery, announced again. Logged (and so mailed to every address).
 */
export async function cancelRecovery(
  deps: Deps,
  options: { accountId: string; meta: RequestMeta; from: "session" | "device" },
): Promise<Result<{ cancelled: true }, "RECOVERY_NOT_PENDING">> {
  return deps.db.transaction(async (tx) =>
    (await endPendingRecovery(deps, { ...options, tx }))
      ? ok({ cancelled: true as const })
      : fail("RECOVERY_NOT_PENDING"),
  );
}

/** Cancels the account's pending recovery in `tx`, logged; false when none was pending. */
export async function endPendingRecovery(
  deps: Deps,
  options: { tx: Tx; accountId: string; meta: RequestMeta; from: "session" | "device" | "not_me" },
): Promise<boolean> {
  const { tx, accountId, meta, from } = options;
  const r = schema.accountRecoveries;
  const gone = await tx
    .update(r)
    .set({ state: "cancelled", endedAt: deps.clock.now() })
    .where(and(eq(r.accountId, accountId), eq(r.state, "pending")))
    .returning({ id: r.id });
  if (gone.length === 0) return false;
  await recordEvent(deps, {
    tx,
    accountId,
    type: "account_recovery_cancelled",
    meta,
    detail: { from },
  });
  return true;
}
