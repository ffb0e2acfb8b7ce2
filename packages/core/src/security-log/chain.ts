import { createHmac } from "node:crypto";
import { queryRows, schema } from "@twofold/db";
import { asc, count, gt, isNull, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { constantTimeEqual } from "../crypto/tokens";

type EventRow = typeof schema.securityEvents.$inferSelect;

/** Events sealed per transaction: a burst is sealed over a few ticks, never in one long lock. */
const SEAL_BATCH = 500;

/** The event as hashed: every column a person reads, in a fixed order and form. */
function canonical(e: EventRow): string {
  const detail = Object.keys(e.detail)
    .sort()
    .map((k) => [k, e.detail[k]]);
  return JSON.stringify([
    e.id,
    e.accountId,
    e.type,
    e.createdAt.toISOString(),
    e.ip,
    e.userAgent,
    detail,
  ]);
}

/** HMAC(previous hash, the event) under a key kept outside the database. */
export function chainHash(key: Buffer, prevHash: string, e: EventRow): string {
  return createHmac("sha256", key)
    .update(`${prevHash}\n${canonical(e)}`, "utf8")
    .digest("hex");
}

/**
 * Seals the events written since the last seal: each gets the next place in the chain, the
 * previous event's hash and its own. Runs shortly after events are written (the server's log
 * worker); one server at a time (the state row is locked, others skip), in one transaction, so
 * a crash leaves the chain as it was. Events are sealed in the order they committed, so a
 * transaction that committed late still joins the chain.
 */
export async function sealLog(deps: Deps): Promise<number> {
  const e = schema.securityEvents;
  return deps.db.transaction(async (tx) => {
    const [state] = await queryRows<{ sealed_seq: string | number; head_hash: string }>(
      tx,
      sql`select sealed_seq, head_hash from log_state where id = 1 for update skip locked`,
    );
    if (!state) return 0;
    const rows = await tx
      .select()
      .from(e)
      .where(isNull(e.seq))
      .orderBy(asc(e.id))
      .limit(SEAL_BATCH);
    if (rows.length === 0) return 0;
    let seq = Number(state.sealed_seq);
    let head = state.head_hash;
    const sealed = rows.map((row) => {
      seq += 1;
      const hash = chainHash(deps.keys.securityLog, head, row);
      const entry = { id: row.id, seq, prev_hash: head, hash };
      head = hash;
      return entry;
    });
    // One text whatever the batch's size (the batch is one JSON parameter): prepared once.
    await tx.execute(
      sql`update security_events as e set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
            from jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb)
                 as v(id bigint, seq bigint, prev_hash text, hash text)
           where e.id = v.id`,
    );
    await tx.execute(
      sql`update log_state set sealed_seq = ${seq}, head_hash = ${head} where id = 1`,
    );
    return rows.length;
  });
}

/** Seals until nothing is left (tests, shutdown, the verify command). */
export async function sealAll(deps: Deps): Promise<void> {
  while ((await sealLog(deps)) > 0);
}

export type LogVerdict =
  | { ok: true; sealed: number; unsealed: number }
  | {
      ok: false;
      /** The first entry that is not as it was sealed (its id), or where the chain breaks. */
      firstAlteredId: number | null;
      seq: number;
      problem: "altered" | "missing" | "head_mismatch";
    };

const VERIFY_PAGE = 1000;

/**
 * Walks the chain from its start: every entry must follow the previous one (no place missing),
 * carry its hash, and hash to what it carries under the key; the last must be the head the
 * state row records. Names the first entry that fails.
 */
export async function verifyLog(deps: Deps): Promise<LogVerdict> {
  const e = schema.securityEvents;
  let expected = 1;
  let prev = "";
  for (;;) {
    const page = await deps.db
      .select()
      .from(e)
      .where(gt(e.seq, expected - 1))
      .orderBy(asc(e.seq))
      .limit(VERIFY_PAGE);
    for (const row of page) {
      if (row.seq !== expected)
        return { ok: false, firstAlteredId: row.id, seq: expected, problem: "missing" };
      const hash = chainHash(deps.keys.securityLog, prev, row);
      if (row.prevHash !== prev || !constantTimeEqual(hash, row.hash ?? ""))
        return { ok: false, firstAlteredId: row.id, seq: expected, problem: "altered" };
      prev = hash;
      expected += 1;
    }
    if (page.length < VERIFY_PAGE) break;
  }
  const [state] = await queryRows<{ sealed_seq: string | number; head_hash: string }>(
    deps.db,
    sql`select sealed_seq, head_hash from log_state where id = 1`,
  );
  const sealed = expected - 1;
  if (!state || Number(state.sealed_seq) !== sealed || state.head_hash !== prev)
    return { ok: false, firstAlteredId: null, seq: sealed + 1, problem: "head_mismatch" };
  const [unsealed] = await deps.db.select({ n: count() }).from(e).where(isNull(e.seq));
  return { ok: true, sealed, unsealed: unsealed?.n ?? 0 };
}
