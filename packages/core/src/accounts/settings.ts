import { signOutAllApps } from "../oidc/app-sign-ins";
import { schema } from "@twofold/db";
import { and, eq, ne } from "drizzle-orm";
import { appPasswordsChanged, revokeAllAppPasswords } from "../app-passwords/manage";
import { hashPassword } from "../crypto/password";
import type { Deps } from "../deps";
import { ok, type Result } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import type { Session } from "../sessions/sessions";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import { forgetRecentBrowsers } from "../account-recovery/recent-browsers";
import { accountPasswordRefusal, type PasswordRefusal } from "../passwords/strength";

export const BROWSER_POLICIES = ["remember", "session_only"] as const;
export type BrowserPolicy = (typeof BROWSER_POLICIES)[number];

/**
 * A new account password (the caller re-authenticated). In one transaction: the hash changes,
 * every application password is revoked and every other session ends, so whoever knew the old
 * password keeps nothing it opened.
 */
export async function changePassword(
  deps: Deps,
  session: Session,
  newPassword: string,
  meta: RequestMeta,
): Promise<Result<{ appPasswordsRevoked: number; sessionsEnded: number }, PasswordRefusal>> {
  const refused = await accountPasswordRefusal(deps, {
    accountId: session.accountId,
    password: newPassword,
  });
  if (refused) return refused;
  const passwordHash = await hashPassword(newPassword, deps.config.password);
  const done = await deps.db.transaction(async (tx) =>
    ok(
      await replacePassword(deps, {
        tx,
        accountId: session.accountId,
        passwordHash,
        keepSessionId: session.id,
        meta,
        event: "password_changed",
      }),
    ),
  );
  // Again after the commit: no check can read the revoked passwords from the database now.
  appPasswordsChanged(deps, session.accountId);
  return done;
}

/** A password hash to set, in a transaction, and what the change keeps and logs. */
export interface PasswordReplacement {
  tx: Tx;
  accountId: string;
  passwordHash: string;
  /** The session that made the change and stays signed in; null: every session ends. */
  keepSessionId: string | null;
  meta: RequestMeta;
  event: "password_changed" | "password_reset";
}

/**
 * Everything a new password changes, in the caller's transaction: the hash (and "a new
 * password is required" is cleared), every application password revoked, trusted browsers
 * forgotten, every session but `keepSessionId` ended, every app signed in through Twofold
 * signed out (the kept session's too), and the change logged. The caller calls
 * `appPasswordsChanged` after its commit.
 */
export async function replacePassword(
  deps: Deps,
  change: PasswordReplacement,
): Promise<{ appPasswordsRevoked: number; sessionsEnded: number }> {
  const { tx, accountId, passwordHash, keepSessionId, meta } = change;
  await tx
    .update(schema.accounts)
    .set({ passwordHash, passwordChangedAt: deps.clock.now(), passwordChangeRequired: false })
    .where(eq(schema.accounts.id, accountId));
  const { revoked } = await revokeAllAppPasswords(deps, {
    tx,
    accountId,
    meta,
    because: "password_changed",
  });
  await forgetTrustedBrowsers(tx, accountId);
  await forgetRecentBrowsers(deps, { tx, accountId });
  const t = schema.sessions;
  const ended = await tx
    .delete(t)
    .where(
      keepSessionId === null
        ? eq(t.accountId, accountId)
        : and(eq(t.accountId, accountId), ne(t.id, keepSessionId)),
    )
    .returning({ id: t.id });
  await signOutAllApps(tx, accountId);
  const result = { appPasswordsRevoked: revoked, sessionsEnded: ended.length };
  await recordEvent(deps, { tx, accountId, type: change.event, meta, detail: result });
  return result;
}

export async function browserPolicy(deps: Deps, accountId: string): Promise<BrowserPolicy> {
  const [row] = await deps.db
    .select({ policy: schema.accounts.browserPolicy })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, accountId));
  return row?.policy === "session_only" ? "session_only" : "remember";
}

/** Applies from the next sign-in: the sessions open now keep what they were given. */
export async function setBrowserPolicy(
  deps: Deps,
  accountId: string,
  policy: BrowserPolicy,
  meta: RequestMeta,
): Promise<{ policy: BrowserPolicy }> {
  await deps.db
    .update(schema.accounts)
    .set({ browserPolicy: policy })
    .where(eq(schema.accounts.id, accountId));
  await recordEvent(deps, { accountId, type: "browser_policy_changed", meta, detail: { policy } });
  return { policy };
}
