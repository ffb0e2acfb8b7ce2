import { schema } from "@twofold/db";
import { and, eq, gt, sql } from "drizzle-orm";
import { checkAccountPassword, checkUnknownAddress } from "../accounts/password-check";
import { normalizeEmail } from "../accounts/validate";
import { verifyPassword } from "../crypto/password";
import type { Deps } from "../deps";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import type { CachedAppPassword } from "./cache";
import { APP_PASSWORD_SCOPES, type AppPasswordScope } from "./scopes";
import { appPasswordMatches, parseAppPassword } from "./tokens";

/** The protocols sync servers ask about, and the scope each needs. */
export const SYNC_PROTOCOLS = {
  imap: "mail",
  pop3: "mail",
  smtp: "mail",
  submission: "mail",
  caldav: "calendar",
  carddav: "calendar",
  webdav: "files",
} as const satisfies Record<string, AppPasswordScope>;
export type SyncProtocol = keyof typeof SYNC_PROTOCOLS;

export interface SyncLogin {
  user: string;
  password: string;
  protocol: SyncProtocol;
  /** The address of the person's device, as the sync server saw it. */
  ip: string;
  /** The sync tool's name when the server knows it (an IMAP ID, a User-Agent). */
  client: string;
}

export type SyncDenial =
  | "INVALID_CREDENTIALS"
  | "APP_PASSWORD_REQUIRED"
  | "APP_PASSWORD_EXPIRED"
  | "SCOPE_NOT_ALLOWED"
  | "RATE_LIMITED";

export type SyncVerdict =
  | { allow: true; accountId: string; via: "app_password" | "password" }
  | { allow: false; reason: SyncDenial };

/** A last-used stamp is written at most this often per password (a sync tool logs in often). */
const TOUCH_EVERY_MS = 60_000;

/**
 * Answers a mail, calendar or file server: may this user in with this password? An application
 * password (found by its id part, verified by a keyed hash in constant time: microseconds, no
 * KDF) is allowed for its scopes until it expires or is revoked. Once two-step is on, the
 * account password is refused here; without two-step it is checked as at sign-in (argon2id,
 * counted and locked with the sign-in's own count: one lock for every door).
 */
export async function checkSyncLogin(deps: Deps, login: SyncLogin): Promise<SyncVerdict> {
  const email = normalizeEmail(login.user);
  const meta: RequestMeta = { ip: login.ip, userAgent: login.client };
  const parsed = parseAppPassword(login.password);
  if (parsed) {
    const row = await findAppPassword(deps, parsed.lookupId);
    if (row && row.email === email && appPasswordMatches(deps, parsed.normalized, row.secretHash)) {
      const now = deps.clock.now();
      const scope = SYNC_PROTOCOLS[login.protocol];
      const denial: SyncDenial | null =
        row.expiresAt && row.expiresAt <= now
          ? "APP_PASSWORD_EXPIRED"
          : row.scopes.includes(scope)
            ? null
            : "SCOPE_NOT_ALLOWED";
      if (denial) {
        await recordEvent(deps, {
          accountId: row.accountId,
          type: "sync_login_refused",
          meta,
          detail: {
            protocol: login.protocol,
            name: row.name,
            reason: denial,
          },
        });
        return { allow: false, reason: denial };
      }
      await touch(deps, row, login, now);
      return { allow: true, accountId: row.accountId, via: "app_password" };
    }
    // Not one of the account's application passwords: it may still be the account password.
  }
  return checkPasswordForSync(deps, email, login, meta);
}

/** By its id part: from memory when it was checked lately, else from the database (then kept). */
async function findAppPassword(deps: Deps, lookupId: string): Promise<CachedAppPassword | null> {
  const now = deps.clock.now().getTime();
  const cached = deps.appPasswordCache.get(lookupId, now);
  if (cached) return cached;
  const generation = deps.appPasswordCache.generation;
  const t = schema.appPasswords;
  const [row] = await deps.db
    .select({
      id: t.id,
      accountId: t.accountId,
      email: schema.accounts.email,
      secretHash: t.secretHash,
      scopes: t.scopes,
      expiresAt: t.expiresAt,
      lastUsedAt: t.lastUsedAt,
      name: t.name,
    })
    .from(t)
    .innerJoin(schema.accounts, eq(schema.accounts.id, t.accountId))
    .where(eq(t.lookupId, lookupId));
  if (!row) return null;
  const entry: CachedAppPassword = {
    ...row,
    scopes: APP_PASSWORD_SCOPES.filter((s) => row.scopes.includes(s)),
    cachedAt: now,
  };
  deps.appPasswordCache.set(lookupId, entry, generation);
  return entry;
}

async function checkPasswordForSync(
  deps: Deps,
  email: string,
  login: SyncLogin,
  meta: RequestMeta,
): Promise<SyncVerdict> {
  const a = schema.accounts;
  const [account] = await deps.db
    .select({
      id: a.id,
      passwordHash: a.passwordHash,
      factors: sql<number>`(select count(*)::int from factors f where f.account_id = accounts.id)`,
    })
    .from(a)
    .where(eq(a.email, email));
  const detail = { protocol: login.protocol };
  if (!account) {
    // As at sign-in: an unknown user costs the time of a known one, and locks alike.
    const refused = await checkUnknownAddress(deps, {
      email,
      password: login.password,
      meta,
      detail,
    });
    return { allow: false, reason: refused.reason };
  }
  if (account.factors > 0) {
    // Never accepted here; the decoy hash makes it cost what a checked password costs, so the
    // answer's time does not tell that the account exists and has two-step on.
    await verifyPassword(await deps.decoyHash(), login.password);
    await recordRefusalOnce(deps, account.id, meta, login.protocol);
    return { allow: false, reason: "APP_PASSWORD_REQUIRED" };
  }
  // The one count and lock of the account password: guesses here lock sign-in too, and a
  // locked password is refused here alike, right or wrong.
  const checked = await checkAccountPassword(deps, {
    account,
    password: login.password,
    meta,
    detail,
  });
  if (!checked.ok) return { allow: false, reason: checked.reason };
  return { allow: true, accountId: account.id, via: "password" };
}

const REFUSAL_LOG_EVERY_MS = 10 * 60_000;

/**
 * A sync tool still sending the account password is worth one entry in the security log per
 * ten minutes, not one per try: anyone who knows the address could otherwise bury real events.
 */
async function recordRefusalOnce(
  deps: Deps,
  accountId: string,
  meta: RequestMeta,
  protocol: SyncProtocol,
): Promise<void> {
  const since = new Date(deps.clock.now().getTime() - REFUSAL_LOG_EVERY_MS);
  const e = schema.securityEvents;
  const [recent] = await deps.db
    .select({ id: e.id })
    .from(e)
    .where(
      and(eq(e.accountId, accountId), eq(e.type, "sync_login_refused"), gt(e.createdAt, since)),
    )
    .limit(1);
  if (recent) return;
  await recordEvent(deps, {
    accountId,
    type: "sync_login_refused",
    meta,
    detail: {
      protocol,
      reason: "APP_PASSWORD_REQUIRED",
    },
  });
}

/** Stamps last use (time, address, client), at most once a minute; the first use is logged. */
async function touch(
  deps: Deps,
  row: CachedAppPassword,
  login: SyncLogin,
  now: Date,
): Promise<void> {
  const previous = row.lastUsedAt;
  if (previous && now.getTime() - previous.getTime() < TOUCH_EVERY_MS) return;
  // The cached entry is this object: the next checks see the new stamp without a query.
  row.lastUsedAt = now;
  const t = schema.appPasswords;
  await deps.db
    .update(t)
    .set({
      lastUsedAt: now,
      lastUsedIp: login.ip.slice(0, 64),
      lastUsedClient: login.client.slice(0, 256),
    })
    .where(eq(t.id, row.id));
  if (previous === null)
    await recordEvent(deps, {
      accountId: row.accountId,
      type: "app_password_first_used",
      meta: {
        ip: login.ip,
        userAgent: login.client,
      },
      detail: { name: row.name, protocol: login.protocol },
    });
}
