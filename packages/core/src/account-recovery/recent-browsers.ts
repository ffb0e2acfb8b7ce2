import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { constantTimeEqual, keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { Tx } from "../ports";

/** At most this many accounts are named by one browser's cookie (the latest sign-ins). */
const MAX_ACCOUNTS = 5;
const ENTRY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})~([0-9a-z]{1,11})$/;

/**
 * "This browser signed in to this account before" counts for this long after that sign-in
 * (each full sign-in renews it); the server checks the age, whatever the cookie's own expiry.
 */
export const RECENT_BROWSER_TTL_MS = 180 * 24 * 60 * 60_000;

interface Entry {
  accountId: string;
  signedInAt: number;
}

const sign = (deps: Pick<Deps, "keys">, body: string) =>
  keyedHash(deps.keys.trustedBrowsers, `recent:${body}`).slice(0, 22);

/** The sign-ins a recently-used-browser cookie names, when its signature holds; else none. */
function entries(deps: Pick<Deps, "keys">, cookie: string): Entry[] {
  const [body, signature, extra] = cookie.split(".");
  if (!body || !signature || extra !== undefined || body.length > 50 * MAX_ACCOUNTS) return [];
  if (!constantTimeEqual(sign(deps, body), signature)) return [];
  return body.split(",").flatMap((part) => {
    const [, accountId, at] = ENTRY.exec(part) ?? [];
    return accountId && at ? [{ accountId, signedInAt: parseInt(at, 36) }] : [];
  });
}

/**
 * The cookie after a full sign-in to `accountId`: that account first (signed in now), then the
 * others it named (at most MAX_ACCOUNTS in all). Signed (HMAC): a browser cannot add an account
 * to it or make a sign-in younger.
 */
export function recentBrowserCookie(
  deps: Pick<Deps, "keys" | "clock">,
  options: { accountId: string; previous: string | undefined },
): string {
  const before = options.previous ? entries(deps, options.previous) : [];
  const now = { accountId: options.accountId, signedInAt: deps.clock.now().getTime() };
  const body = [now, ...before.filter((e) => e.accountId !== options.accountId)]
    .slice(0, MAX_ACCOUNTS)
    .map((e) => `${e.accountId}~${e.signedInAt.toString(36)}`)
    .join(",");
  return `${body}.${sign(deps, body)}`;
}

/**
 * Whether the cookie proves that this browser signed in to the account: within
 * RECENT_BROWSER_TTL_MS, and not before the account voided such proofs (`forgetRecentBrowsers`).
 */
export async function isRecentBrowserOf(
  deps: Pick<Deps, "keys" | "clock" | "db">,
  options: { accountId: string; cookie: string },
): Promise<boolean> {
  const entry = entries(deps, options.cookie).find((e) => e.accountId === options.accountId);
  if (!entry || entry.signedInAt + RECENT_BROWSER_TTL_MS <= deps.clock.now().getTime())
    return false;
  const a = schema.accounts;
  const [row] = await deps.db
    .select({ since: a.recentBrowsersSince })
    .from(a)
    .where(eq(a.id, options.accountId));
  return row !== undefined && (row.since === null || entry.signedInAt >= row.since.getTime());
}

/**
 * Voids every "signed in before" cookie of the account issued until now, in the caller's
 * transaction: after "sign out everywhere", "this wasn't me", a new password or a recovery, a
 * browser someone else used proves nothing. The browser that asked gets a new one (the api).
 */
export async function forgetRecentBrowsers(
  deps: Pick<Deps, "clock">,
  change: { tx: Tx; accountId: string },
): Promise<void> {
  await change.tx
    .update(schema.accounts)
    .set({ recentBrowsersSince: deps.clock.now() })
    .where(eq(schema.accounts.id, change.accountId));
}
