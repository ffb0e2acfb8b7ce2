import { schema } from "@twofold/db";
import { and, asc, eq, gt } from "drizzle-orm";
import { constantTimeEqual, hashToken, keyedHash, newId, newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import type { Session } from "../sessions/sessions";
import { describeUserAgent } from "@twofold/push-protocol";

export interface TrustedBrowserCookie {
  /** `<token>.<signature>`: set as an HttpOnly cookie, Max-Age = until expiresAt. */
  value: string;
  expiresAt: Date;
}

export interface TrustedBrowser {
  id: string;
  browser: string | null;
  os: string | null;
  ip: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
}

const sign = (deps: Deps, token: string) =>
  keyedHash(deps.keys.trustedBrowsers, token).slice(0, 22);

/** The token of a cookie whose signature holds (a forged or damaged cookie costs no query). */
function tokenOf(deps: Deps, cookie: string): string | null {
  const [token, signature, extra] = cookie.split(".");
  if (!token || !signature || extra !== undefined || token.length > 64) return null;
  return constantTimeEqual(sign(deps, token), signature) ? token : null;
}

function cookieFor(deps: Deps, token: string, expiresAt: Date): TrustedBrowserCookie {
  return { value: `${token}.${sign(deps, token)}`, expiresAt };
}

/** "Don't ask again on this browser": after a full sign-in, for `trustedBrowserTtlMs`. */
export async function trustBrowser(
  deps: Deps,
  session: Session,
  meta: RequestMeta,
): Promise<TrustedBrowserCookie> {
  const now = deps.clock.now();
  const token = newToken(deps.random);
  const expiresAt = new Date(now.getTime() + deps.config.trustedBrowserTtlMs);
  await deps.db.insert(schema.trustedBrowsers).values({
    id: newId(deps.random),
    accountId: session.accountId,
    tokenHash: hashToken(token),
    userAgent: meta.userAgent.slice(0, 512),
    ip: meta.ip.slice(0, 64),
    createdAt: now,
    lastUsedAt: now,
    expiresAt,
  });
  await recordEvent(deps, { accountId: session.accountId, type: "browser_trusted", meta });
  return cookieFor(deps, token, expiresAt);
}

/**
 * At sign-in, after the right password: does this browser's cookie spare the second factor?
 * One UPDATE checks it (this account, not expired) and replaces its token, so a copied cookie
 * works at most once, and only until its owner's next sign-in.
 */
export async function useTrustedBrowser(
  deps: Deps,
  accountId: string,
  cookie: string,
): Promise<TrustedBrowserCookie | null> {
  const token = tokenOf(deps, cookie);
  if (!token) return null;
  const now = deps.clock.now();
  const next = newToken(deps.random);
  const t = schema.trustedBrowsers;
  const [row] = await deps.db
    .update(t)
    .set({ tokenHash: hashToken(next), lastUsedAt: now })
    .where(and(eq(t.tokenHash, hashToken(token)), eq(t.accountId, accountId), gt(t.expiresAt, now)))
    .returning({ expiresAt: t.expiresAt });
  return row ? cookieFor(deps, next, row.expiresAt) : null;
}

/**
 * Whether this browser's cookie is a live trusted-browser cookie of this account (an account
 * recovery's proof): read only, the cookie is not replaced.
 */
export async function isTrustedBrowserOf(
  deps: Deps,
  accountId: string,
  cookie: string,
): Promise<boolean> {
  const token = tokenOf(deps, cookie);
  if (!token) return false;
  const t = schema.trustedBrowsers;
  const rows = await deps.db
    .select({ id: t.id })
    .from(t)
    .where(
      and(
        eq(t.tokenHash, hashToken(token)),
        eq(t.accountId, accountId),
        gt(t.expiresAt, deps.clock.now()),
      ),
    );
  return rows.length > 0;
}

export async function listTrustedBrowsers(
  deps: Deps,
  accountId: string,
): Promise<TrustedBrowser[]> {
  const t = schema.trustedBrowsers;
  const rows = await deps.db
    .select({
      id: t.id,
      userAgent: t.userAgent,
      ip: t.ip,
      createdAt: t.createdAt,
      lastUsedAt: t.lastUsedAt,
      expiresAt: t.expiresAt,
    })
    .from(t)
    .where(and(eq(t.accountId, accountId), gt(t.expiresAt, deps.clock.now())))
    .orderBy(asc(t.createdAt), asc(t.id));
  return rows.map(({ userAgent, ...r }) => ({ ...r, ...describeUserAgent(userAgent) }));
}

export async function revokeTrustedBrowser(
  deps: Deps,
  accountId: string,
  id: string,
  meta: RequestMeta,
): Promise<Result<{ id: string }, "TRUSTED_BROWSER_NOT_FOUND">> {
  const t = schema.trustedBrowsers;
  const gone = await deps.db
    .delete(t)
    .where(and(eq(t.id, id), eq(t.accountId, accountId)))
    .returning({ id: t.id });
  if (gone.length === 0) return fail("TRUSTED_BROWSER_NOT_FOUND");
  await recordEvent(deps, { accountId, type: "trusted_browser_revoked", meta });
  return ok({ id });
}

/** When the password or the factors change, no browser stays trusted. */
export async function forgetTrustedBrowsers(tx: Tx, accountId: string): Promise<void> {
  await tx.delete(schema.trustedBrowsers).where(eq(schema.trustedBrowsers.accountId, accountId));
}
