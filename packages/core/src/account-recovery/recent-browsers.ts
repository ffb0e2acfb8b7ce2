import { constantTimeEqual, keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";

/** At most this many accounts are named by one browser's cookie (the latest sign-ins). */
const MAX_ACCOUNTS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** "This browser signed in to these accounts before": set at each full sign-in, for a year. */
export const RECENT_BROWSER_TTL_MS = 365 * 24 * 60 * 60_000;

const sign = (deps: Pick<Deps, "keys">, ids: string) =>
  keyedHash(deps.keys.trustedBrowsers, `recent:${ids}`).slice(0, 22);

/** The accounts a recently-used-browser cookie names, when its signature holds; else none. */
export function recentBrowserAccounts(deps: Pick<Deps, "keys">, cookie: string): string[] {
  const [ids, signature, extra] = cookie.split(".");
  if (!ids || !signature || extra !== undefined || ids.length > 37 * MAX_ACCOUNTS) return [];
  if (!constantTimeEqual(sign(deps, ids), signature)) return [];
  return ids.split(",").filter((id) => UUID.test(id));
}

/**
 * The cookie after a full sign-in to `accountId`: that account first, then the others it
 * named (at most MAX_ACCOUNTS in all). Signed (HMAC): a browser cannot add an account to it.
 */
export function recentBrowserCookie(
  deps: Pick<Deps, "keys">,
  options: { accountId: string; previous: string | undefined },
): string {
  const before = options.previous ? recentBrowserAccounts(deps, options.previous) : [];
  const ids = [options.accountId, ...before.filter((id) => id !== options.accountId)]
    .slice(0, MAX_ACCOUNTS)
    .join(",");
  return `${ids}.${sign(deps, ids)}`;
}
