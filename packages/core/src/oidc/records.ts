import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import { open, seal } from "../crypto/secret-box";
import { keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";

/**
 * The OpenID Connect provider's storage (oidc-provider's adapter, one per model): a record is
 * named by a keyed hash of its id (a code, a token, a cookie value), its payload is sealed under
 * the master key, and a code is consumed by one conditional UPDATE. The server wraps these in
 * oidc-provider's Adapter class.
 */
export type OidcPayload = Record<string, unknown>;

type RecordDeps = Pick<Deps, "db" | "clock" | "random" | "keys" | "config">;

/**
 * The models whose records hang on a person's Twofold session through their grant: they are
 * found only while that session is active, so ending the session ends them at once.
 */
const BOUND_TO_SESSION = new Set(["AccessToken", "RefreshToken", "AuthorizationCode"]);

function nameOf(deps: RecordDeps, model: string, id: string): string {
  return keyedHash(deps.keys.oidcRecords, `${model}:${id}`);
}

function sealPayload(deps: RecordDeps, model: string, idHash: string, payload: OidcPayload) {
  const plain = Buffer.from(JSON.stringify(payload), "utf8");
  return seal(deps.keys.secretBox, deps.random.bytes(12), plain, `oidc:${model}:${idHash}`);
}

function openPayload(deps: RecordDeps, model: string, idHash: string, sealed: string) {
  const parsed: unknown = JSON.parse(
    open(deps.keys.secretBox, sealed, `oidc:${model}:${idHash}`).toString("utf8"),
  );
  return typeof parsed === "object" && parsed !== null ? (parsed as OidcPayload) : {};
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Writes (or replaces) a record that expires `expiresIn` seconds from now. */
export async function upsertRecord(
  deps: RecordDeps,
  record: { model: string; id: string; payload: OidcPayload; expiresIn: number },
): Promise<void> {
  const { model, id, payload, expiresIn } = record;
  const idHash = nameOf(deps, model, id);
  const uid = text(payload.uid);
  const userCode = text(payload.userCode);
  // A grant is its own grant: revoking it deletes it with its codes and tokens.
  const grantId = model === "Grant" ? id : text(payload.grantId);
  const expiresAt =
    expiresIn > 0 ? new Date(deps.clock.now().getTime() + expiresIn * 1000).toISOString() : null;
  await deps.db.execute(sql`
    insert into oidc_records (model, id_hash, payload, grant_id, uid_hash, user_code_hash, expires_at)
    values (${model}, ${idHash}, ${sealPayload(deps, model, idHash, payload)}, ${grantId},
            ${uid === null ? null : nameOf(deps, "uid", uid)},
            ${userCode === null ? null : nameOf(deps, "user_code", userCode)},
            ${expiresAt}::timestamptz)
    on conflict (model, id_hash) do update
       set payload = excluded.payload, grant_id = excluded.grant_id, uid_hash = excluded.uid_hash,
           user_code_hash = excluded.user_code_hash, expires_at = excluded.expires_at`);
}

/**
 * The record under one of its names, unexpired; a code or token only while the Twofold session
 * its grant was given in is active (a use throttled like a request's refreshes that session).
 */
async function findWhere(
  deps: RecordDeps,
  model: string,
  where: { column: "id_hash" | "uid_hash" | "user_code_hash"; value: string },
): Promise<OidcPayload | undefined> {
  const now = deps.clock.now();
  const s = deps.config.session;
  const at = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const bound = BOUND_TO_SESSION.has(model);
  const rows = await queryRows<{ id_hash: string; payload: string; consumed_at: string | null }>(
    deps.db,
    sql`with found as (
          select r.id_hash, r.payload, r.consumed_at, r.grant_id from oidc_records r
           where r.model = ${model} and ${sql.identifier(where.column)} = ${where.value}
             and (r.expires_at is null or r.expires_at > ${now.toISOString()}::timestamptz)
        ), live as (
          select s.id, s.last_seen_at from found f
            join app_sign_ins l on l.grant_id = f.grant_id
            join sessions s on s.id = l.session_id
           where s.state = 'active' and s.expires_at > ${now.toISOString()}::timestamptz
             and s.last_seen_at > case when s.persistent then ${at(s.persistentIdleMs)}::timestamptz
                                       else ${at(s.transientIdleMs)}::timestamptz end
        ), touched as (
          update sessions set last_seen_at = ${now.toISOString()}::timestamptz
           where id in (select id from live where last_seen_at < ${at(s.touchEveryMs)}::timestamptz)
        )
        select id_hash, payload, consumed_at from found
         where ${bound ? sql`exists (select 1 from live)` : sql`true`}`,
  );
  const [row] = rows;
  if (!row) return undefined;
  const payload = openPayload(deps, model, row.id_hash, row.payload);
  return row.consumed_at === null
    ? payload
    : { ...payload, consumed: Math.floor(new Date(row.consumed_at).getTime() / 1000) };
}

export function findRecord(deps: RecordDeps, model: string, id: string) {
  return findWhere(deps, model, { column: "id_hash", value: nameOf(deps, model, id) });
}

export function findRecordByUid(deps: RecordDeps, model: string, uid: string) {
  return findWhere(deps, model, { column: "uid_hash", value: nameOf(deps, "uid", uid) });
}

export function findRecordByUserCode(deps: RecordDeps, model: string, userCode: string) {
  return findWhere(deps, model, {
    column: "user_code_hash",
    value: nameOf(deps, "user_code", userCode),
  });
}

/**
 * Marks a code used, in one conditional UPDATE: of concurrent exchanges of one code exactly one
 * gets `spent: true`; the others learn it was spent before, and the grant it belongs to (the
 * provider then revokes everything given under it).
 */
export async function consumeRecord(
  deps: RecordDeps,
  model: string,
  id: string,
): Promise<{ spent: true } | { spent: false; grantId: string | null }> {
  const idHash = nameOf(deps, model, id);
  const [row] = await queryRows<{ spent: number; grant_id: string | null }>(
    deps.db,
    sql`with spent as (
          update oidc_records set consumed_at = ${deps.clock.now().toISOString()}::timestamptz
           where model = ${model} and id_hash = ${idHash} and consumed_at is null
       returning 1
        )
        select (select count(*)::int from spent) as spent,
               (select grant_id from oidc_records where model = ${model} and id_hash = ${idHash}) as grant_id`,
  );
  return row?.spent === 1 ? { spent: true } : { spent: false, grantId: row?.grant_id ?? null };
}

export async function destroyRecord(deps: RecordDeps, model: string, id: string): Promise<void> {
  await deps.db.execute(
    sql`delete from oidc_records where model = ${model} and id_hash = ${nameOf(deps, model, id)}`,
  );
}

/** Everything given under a grant (its codes and tokens, whatever the model). */
export async function revokeGrantRecords(deps: Pick<Deps, "db">, grantId: string): Promise<void> {
  await deps.db.execute(sql`delete from oidc_records where grant_id = ${grantId}`);
}

/** Forgets what expired more than a day ago (a tidy-up; finding checks expiry anyway). */
export async function purgeExpiredRecords(deps: Pick<Deps, "db" | "clock">): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - 24 * 3600_000).toISOString();
  const rows = await queryRows<{ one: number }>(
    deps.db,
    sql`delete from oidc_records where expires_at < ${before}::timestamptz returning 1 as one`,
  );
  return rows.length;
}
