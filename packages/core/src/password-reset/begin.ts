import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { remainingBackupCodes } from "../backup-codes/backup-codes";
import type { Deps } from "../deps";
import { findEmailedLink } from "../emailed/secrets";
import { ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { createSession, type IssuedSession } from "../sessions/sessions";
import { listFactors, secondFactorOptions, type SecondFactorOption } from "../two-factor/factors";

/**
 * What following a reset link opens. Never a signed-in session: with two-step off, the page
 * may go straight to the new password; with two-step on, a session that waits for a second
 * factor and, once it passed, can only set the new password.
 */
export type ResetBegun =
  | { status: "choose_password" }
  | ({
      status: "second_factor_required";
      factors: SecondFactorOption[];
      preferred: SecondFactorOption | null;
    } & IssuedSession);

/** Checks a reset link without spending it, and opens the second step its account needs. */
export async function beginPasswordReset(
  deps: Deps,
  input: { token: string },
  meta: RequestMeta,
): Promise<Result<ResetBegun, "LINK_INVALID" | "LINK_EXPIRED">> {
  const link = await findEmailedLink(deps, { purpose: "password_reset", token: input.token });
  if (!link.ok) return link;
  const { accountId } = link.value;
  const factors = await listFactors(deps, accountId);
  if (factors.length === 0) return ok({ status: "choose_password" });
  const [account] = await deps.db
    .select({ preferred: schema.accounts.preferredFactor })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, accountId));
  const options = secondFactorOptions(
    factors,
    account?.preferred ?? null,
    await remainingBackupCodes(deps, accountId),
  );
  // Not "keep me signed in": the session ends with the reset anyway.
  const issued = await createSession(deps, {
    accountId,
    state: "pending_second_factor",
    persistent: false,
    purpose: "password_reset",
    meta,
  });
  return ok({ status: "second_factor_required", ...options, ...issued });
}
