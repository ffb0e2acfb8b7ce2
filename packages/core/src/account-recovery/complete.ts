import { schema } from "@twofold/db";
import { and, eq, lte } from "drizzle-orm";
import { appPasswordsChanged, revokeAllAppPasswords } from "../app-passwords/manage";
import { isAcceptablePassword } from "../accounts/validate";
import { hashPassword } from "../crypto/password";
import { accountPasswordRefusal } from "../passwords/strength";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import { recordEvent } from "../security-log/security-log";
import { createSession, type IssuedSession } from "../sessions/sessions";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import { forgetRecentBrowsers } from "./recent-browsers";
import { clearSecondFactors } from "../two-factor/manage";
import { passwordAndProof, type DoorReason, type RecoveryClaim } from "./door";

export type CompleteReason =
  | DoorReason
  | "WEAK_PASSWORD"
  | "PASSWORD_TOO_WEAK"
  | "RECOVERY_NOT_PENDING"
  | "RECOVERY_WAITING"
  | "RECOVERY_PROOF_INVALID";

/**
 * Completes a recovery whose wait is over: the password and a proof again, and a new password.
 * In ONE transaction, which of parallel completions only one gets through (the recovery is
 * marked completed by a conditional UPDATE): the proof is spent, the new password set, two-step
 * turned off with every method, enrollment and backup code, every session and application
 * password ended, every trusted browser forgotten, and a new session opened for the person,
 * who is then walked through turning two-step on again. Before the end: RECOVERY_WAITING (with
 * the end as `retryAt`).
 */
export async function completeRecovery(
  deps: Deps,
  claim: RecoveryClaim & { newPassword: string; remember?: boolean | undefined },
): Promise<Result<IssuedSession, CompleteReason>> {
  if (!isAcceptablePassword(claim.newPassword)) return fail("WEAK_PASSWORD");
  const door = await passwordAndProof(deps, claim);
  if (!door.ok) return door;
  const { accountId, held } = door.value;
  const refused = await accountPasswordRefusal(deps, { accountId, password: claim.newPassword });
  if (refused) return refused;
  const { meta } = claim;
  const r = schema.accountRecoveries;
  const [pending] = await deps.db
    .select({ endsAt: r.endsAt })
    .from(r)
    .where(and(eq(r.accountId, accountId), eq(r.state, "pending")));
  if (!pending) return fail("RECOVERY_NOT_PENDING");
  const now = deps.clock.now();
  if (pending.endsAt > now) return fail("RECOVERY_WAITING", pending.endsAt);
  const passwordHash = await hashPassword(claim.newPassword, deps.config.password);
  const done = await deps.db
    .transaction(async (tx) => {
      const won = await tx
        .update(r)
        .set({ state: "completed", endedAt: now })
        .where(and(eq(r.accountId, accountId), eq(r.state, "pending"), lte(r.endsAt, now)))
        .returning({ id: r.id });
      if (won.length === 0) return fail("RECOVERY_NOT_PENDING");
      if (!(await held.spend(tx))) throw new ProofSpent();
      await tx
        .update(schema.accounts)
        .set({ passwordHash, passwordChangedAt: now, passwordChangeRequired: false })
        .where(eq(schema.accounts.id, accountId));
      await clearSecondFactors(deps, tx, accountId, meta);
      await forgetTrustedBrowsers(tx, accountId);
      await forgetRecentBrowsers(deps, { tx, accountId });
      const { revoked } = await revokeAllAppPasswords(deps, {
        tx,
        accountId,
        meta,
        because: "account_recovered",
      });
      const ended = await tx
        .delete(schema.sessions)
        .where(eq(schema.sessions.accountId, accountId))
        .returning({ id: schema.sessions.id });
      const issued = await createSession(deps, {
        accountId,
        state: "active",
        persistent: claim.remember ?? false,
        meta,
        tx,
      });
      await recordEvent(deps, {
        tx,
        accountId,
        type: "account_recovery_completed",
        meta,
        detail: { proof: held.kind, sessionsEnded: ended.length, appPasswordsRevoked: revoked },
      });
      return ok(issued);
    })
    .catch((error: unknown) => {
      // A parallel use spent the link or code between the check and this transaction.
      if (error instanceof ProofSpent) return fail("RECOVERY_PROOF_INVALID");
      throw error;
    });
  appPasswordsChanged(deps, accountId);
  return done;
}

/** Rolls the completion back: its proof was spent by another request meanwhile. */
class ProofSpent extends Error {}
