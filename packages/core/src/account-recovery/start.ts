import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { recordEvent } from "../security-log/security-log";
import { passwordAndProof, type DoorReason, type RecoveryClaim } from "./door";

export interface StartedRecovery {
  startedAt: Date;
  endsAt: Date;
}

/**
 * Starts an account recovery: the password and a proof (`passwordAndProof`), then, in one
 * transaction, the proof is spent (a link or a code works once), the recovery is written
 * (pending until `config.recovery.waitMs` from now; one pending per account) and logged, which
 * mails every address of the account at once. Nothing about the account changes before the
 * wait is over, and any session of the account can cancel it meanwhile.
 */
export async function startRecovery(
  deps: Deps,
  claim: RecoveryClaim,
): Promise<
  Result<StartedRecovery, DoorReason | "RECOVERY_ALREADY_PENDING" | "RECOVERY_PROOF_INVALID">
> {
  const door = await passwordAndProof(deps, claim);
  if (!door.ok) return door;
  const { accountId, held } = door.value;
  const { meta } = claim;
  const startedAt = deps.clock.now();
  const endsAt = new Date(startedAt.getTime() + deps.config.recovery.waitMs);
  return deps.db.transaction(async (tx) => {
    await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
    const r = schema.accountRecoveries;
    const [pending] = await tx
      .select({ endsAt: r.endsAt })
      .from(r)
      .where(and(eq(r.accountId, accountId), eq(r.state, "pending")));
    if (pending) return fail("RECOVERY_ALREADY_PENDING", pending.endsAt);
    if (!(await held.spend(tx))) return fail("RECOVERY_PROOF_INVALID");
    await tx.insert(r).values({
      id: newId(deps.random),
      accountId,
      startedAt,
      endsAt,
      state: "pending",
      proofKind: held.kind,
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent.slice(0, 512),
    });
    await recordEvent(deps, {
      tx,
      accountId,
      type: "account_recovery_started",
      meta,
      detail: { proof: held.kind, endsAt: endsAt.toISOString() },
    });
    return ok({ startedAt, endsAt });
  });
}
