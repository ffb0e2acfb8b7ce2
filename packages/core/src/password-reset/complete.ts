import { schema } from "@twofold/db";
import { and, eq, isNull } from "drizzle-orm";
import { appPasswordsChanged } from "../app-passwords/manage";
import { replacePassword } from "../accounts/settings";
import { hashPassword } from "../crypto/password";
import type { Deps } from "../deps";
import { findEmailedLink, spendEmailedLink } from "../emailed/secrets";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { accountPasswordRefusal } from "../passwords/strength";
import type { ResolvedSession } from "../sessions/sessions";
import { listFactors } from "../two-factor/factors";

export type ResetRefusal =
  | "LINK_INVALID"
  | "LINK_EXPIRED"
  | "WEAK_PASSWORD"
  | "PASSWORD_TOO_WEAK"
  | "SECOND_FACTOR_REQUIRED";

/** A reset's last step: the link, the new password, and the session the request came with. */
export interface ResetCompletion {
  token: string;
  password: string;
  /** The reset's session (from `beginPasswordReset`), or null when the request had none. */
  session: ResolvedSession | null;
}

/**
 * Sets the new password. With two-step on, only from the reset's own session for the link's
 * account, after its second factor passed (else SECOND_FACTOR_REQUIRED). The link is spent by
 * one DELETE in the same transaction as the password change: of parallel completions exactly
 * one changes the password, the others find the link gone. Every session ends (the reset's
 * too: the person signs in with the new password), application passwords are revoked.
 */
export async function completePasswordReset(
  deps: Deps,
  input: ResetCompletion,
  meta: RequestMeta,
): Promise<Result<{ appPasswordsRevoked: number; sessionsEnded: number }, ResetRefusal>> {
  const link = await findEmailedLink(deps, { purpose: "password_reset", token: input.token });
  if (!link.ok) return link;
  const { accountId } = link.value;
  if (!passedSecondFactor(input.session, link.value)) {
    const factors = await listFactors(deps, accountId);
    if (factors.length > 0) return fail("SECOND_FACTOR_REQUIRED");
  }
  const refused = await accountPasswordRefusal(deps, { accountId, password: input.password });
  if (refused) return refused;
  const passwordHash = await hashPassword(input.password, deps.config.password);
  const done = await deps.db.transaction(async (tx) => {
    const spent = await spendEmailedLink(deps, {
      purpose: "password_reset",
      token: input.token,
      tx,
    });
    // Nothing written yet: a lost race ends the transaction with no change.
    if (!spent.ok) return spent;
    if (spent.value.accountId !== accountId) return fail("LINK_INVALID");
    // The link reached the account's mailbox: an address not confirmed yet is confirmed now.
    const a = schema.accounts;
    await tx
      .update(a)
      .set({ emailVerifiedAt: deps.clock.now() })
      .where(and(eq(a.id, accountId), isNull(a.emailVerifiedAt)));
    return ok(
      await replacePassword(deps, {
        tx,
        accountId,
        passwordHash,
        keepSessionId: null,
        meta,
        event: "password_reset",
      }),
    );
  });
  if (done.ok) appPasswordsChanged(deps, accountId);
  return done;
}

/**
 * The reset's session of this link, whose second factor passed. An account has one live reset
 * link (a new one replaces it), so a reset session opened since this link was issued was opened
 * by this link: one from an earlier link (or another account's) does not complete this one.
 */
function passedSecondFactor(
  session: ResolvedSession | null,
  link: { accountId: string; createdAt: Date },
): boolean {
  return (
    session !== null &&
    session.purpose === "password_reset" &&
    session.state === "active" &&
    session.accountId === link.accountId &&
    session.createdAt >= link.createdAt
  );
}
