import { schema } from "@twofold/db";
import { and, eq, ne } from "drizzle-orm";
import { appPasswordsChanged, revokeAllAppPasswords } from "../app-passwords/manage";
import { hashPassword } from "../crypto/password";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import type { Session } from "../sessions/sessions";
import { forgetTrustedBrowsers } from "../trusted-browsers/trusted-browsers";
import { isAcceptablePassword } from "./validate";

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
): Promise<Result<{ appPasswordsRevoked: number; sessionsEnded: number }, "WEAK_PASSWORD">> {
  if (!isAcceptablePassword(newPassword)) return fail("WEAK_PASSWORD");
  const passwordHash = await hashPassword(newPassword, deps.config.password);
  const now = deps.clock.now();
  const done = await deps.db.transaction(async (tx) => {
    await tx
      .update(schema.accounts)
      .set({ passwordHash, passwordChangedAt: now, passwordChangeRequired: false })
      .where(eq(schema.accounts.id, session.accountId));
    const { revoked } = await revokeAllAppPasswords(deps, {
      tx,
      accountId: session.accountId,
      meta,
      because: "password_changed",
    });
    await forgetTrustedBrowsers(tx, session.accountId);
    const t = schema.sessions;
    const ended = await tx
      .delete(t)
      .where(and(eq(t.accountId, session.accountId), ne(t.id, session.id)))
      .returning({ id: t.id });
    await recordEvent(deps, {
      tx,
      accountId: session.accountId,
      type: "password_changed",
      meta,
      detail: {
        appPasswordsRevoked: revoked,
        sessionsEnded: ended.length,
      },
    });
    return ok({ appPasswordsRevoked: revoked, sessionsEnded: ended.length });
  });
  // Again after the commit: no check can read the revoked passwords from the database now.
  appPasswordsChanged(deps, session.accountId);
  return done;
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
