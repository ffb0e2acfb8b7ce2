import { schema } from "@twofold/db";
import { and, asc, eq } from "drizzle-orm";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { mayCreateAppPassword } from "./creation-limits";
import { APP_PASSWORD_SCOPES, type AppPasswordScope } from "./scopes";
import { generateAppPassword, hashAppPassword } from "./tokens";

export interface AppPassword {
  id: string;
  name: string;
  scopes: AppPasswordScope[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  lastUsedClient: string | null;
}

const columns = {
  id: schema.appPasswords.id,
  name: schema.appPasswords.name,
  scopes: schema.appPasswords.scopes,
  createdAt: schema.appPasswords.createdAt,
  expiresAt: schema.appPasswords.expiresAt,
  lastUsedAt: schema.appPasswords.lastUsedAt,
  lastUsedIp: schema.appPasswords.lastUsedIp,
  lastUsedClient: schema.appPasswords.lastUsedClient,
};

const toScopes = (values: readonly string[]): AppPasswordScope[] =>
  APP_PASSWORD_SCOPES.filter((s) => values.includes(s));

/**
 * A new application password, shown once (only its keyed hash is kept). The caller asked for
 * the password again (step-up). An expiry in the past is refused, and so is one more than the
 * account's limits allow (`mayCreateAppPassword`).
 */
export async function createAppPassword(
  deps: Deps,
  accountId: string,
  input: { name: string; scopes: readonly AppPasswordScope[]; expiresAt?: Date },
  meta: RequestMeta,
): Promise<
  Result<
    AppPassword & { password: string },
    "INVALID_INPUT" | "TOO_MANY_APP_PASSWORDS" | "RATE_LIMITED"
  >
> {
  const now = deps.clock.now();
  const scopes = toScopes(input.scopes);
  if (scopes.length === 0 || (input.expiresAt && input.expiresAt <= now))
    return fail("INVALID_INPUT");
  const t = schema.appPasswords;
  // The lookup part is 8 random letters (37 bits): on the rare clash, draw again.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { password, lookupId, normalized } = generateAppPassword(deps.random);
    const row = {
      id: newId(deps.random),
      accountId,
      lookupId,
      secretHash: hashAppPassword(deps, normalized),
      name: input.name,
      scopes,
      createdAt: now,
      expiresAt: input.expiresAt ?? null,
    };
    // The password and its log entry land together, or neither; the limits are read in the
    // same transaction, after the account's row is locked.
    const created = await deps.db.transaction(async (tx) => {
      const refused = await mayCreateAppPassword(deps, tx, accountId);
      if (refused) return refused;
      const [made] = await tx.insert(t).values(row).onConflictDoNothing().returning(columns);
      if (made)
        await recordEvent(deps, {
          tx,
          accountId,
          type: "app_password_created",
          meta,
          detail: {
            name: input.name,
            scopes: scopes.join(","),
          },
        });
      return made;
    });
    if (!created) continue;
    if ("ok" in created) return created;
    return ok({ ...created, scopes, password });
  }
  throw new Error("could not draw a unique application password");
}

export async function listAppPasswords(deps: Deps, accountId: string): Promise<AppPassword[]> {
  const t = schema.appPasswords;
  const rows = await deps.db
    .select(columns)
    .from(t)
    .where(eq(t.accountId, accountId))
    .orderBy(asc(t.createdAt), asc(t.id));
  return rows.map((r) => ({ ...r, scopes: toScopes(r.scopes) }));
}

/** Revoked at once: the next sync request with it is refused. */
export async function revokeAppPassword(
  deps: Deps,
  accountId: string,
  id: string,
  meta: RequestMeta,
): Promise<Result<{ id: string }, "APP_PASSWORD_NOT_FOUND">> {
  const t = schema.appPasswords;
  const [gone] = await deps.db
    .delete(t)
    .where(and(eq(t.id, id), eq(t.accountId, accountId)))
    .returning({ id: t.id, name: t.name });
  if (!gone) return fail("APP_PASSWORD_NOT_FOUND");
  appPasswordsChanged(deps, accountId);
  await recordEvent(deps, {
    accountId,
    type: "app_password_revoked",
    meta,
    detail: { name: gone.name },
  });
  return ok({ id: gone.id });
}

/** Every application password of the account (asked for, or because the password changed). */
export async function revokeAllAppPasswords(
  deps: Deps,
  options: {
    accountId: string;
    meta: RequestMeta;
    because: "asked" | "password_changed" | "not_me" | "account_recovered";
    /** The transaction the revocation is part of; else the database. */
    tx?: Tx;
  },
): Promise<{ revoked: number }> {
  const { accountId, meta, because, tx = deps.db } = options;
  const t = schema.appPasswords;
  const gone = await tx.delete(t).where(eq(t.accountId, accountId)).returning({ id: t.id });
  // Evicted before the commit too: a check in between reads the database, which still has them
  // only until this transaction commits.
  appPasswordsChanged(deps, accountId);
  if (gone.length > 0)
    await recordEvent(deps, {
      tx,
      accountId,
      type: "app_passwords_revoked",
      meta,
      detail: {
        count: gone.length,
        because,
      },
    });
  return { revoked: gone.length };
}

/** Revocation takes effect at once: this server's cache, then every other server's. */
export function appPasswordsChanged(deps: Deps, accountId: string): void {
  deps.appPasswordCache.evictAccount(accountId);
  deps.publish({ type: "app_passwords_changed", accountId });
}
