import { createHmac } from "node:crypto";
import { queryRows, schema } from "@twofold/db";
import { asc, count, eq, gt, isNull, sql } from "drizzle-orm";
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

/** The last sealed entry: its place in the chain and its hash (what a witness keeps). */
export interface LogHead {
  seq: number;
  hash: string;
}

/**
 * Seals the events written since the last seal: each gets the next place in the chain, the
 * previous event's hash and its own. Runs shortly after events are written (the server's log
 * worker); one server at a time (the state row is locked, others skip), in one transaction, so
 * a crash leaves the chain as it was. Events are sealed in the order they committed, so a
 * transaction that committed late still joins the chain. Resolves to the new head, or null
 * when this call sealed nothing.
 */
export async function sealLog(deps: Deps): Promise<LogHead | null> {
  const e = schema.securityEvents;
  return deps.db.transaction(async (tx) => {
    const [state] = await queryRows<{ sealed_seq: string | number; head_hash: string }>(
      tx,
      sql`select sealed_seq, head_hash from log_state where id = 1 for update skip locked`,
    );
    if (!state) return null;
    const rows = await tx
      .select()
      .from(e)
      .where(isNull(e.seq))
      .orderBy(asc(e.id))
      .limit(SEAL_BATCH);
    if (rows.length === 0) return null;
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
    return { seq, hash: head };
  });
}

/** Seals until nothing is left: the head it sealed last, or null when there was nothing new. */
export async function sealAll(deps: Deps): Promise<LogHead | null> {
  let last: LogHead | null = null;
  for (let head = await sealLog(deps); head; head = await sealLog(deps)) last = head;
  return last;
}

/** Whether the chain still holds the entry a witness saw: the same hash at the same place. */
export async function chainHolds(deps: Deps, witness: LogHead): Promise<boolean> {
  const e = schema.securityEvents;
  const [row] = await deps.db
    .select({ hash: e.hash })
    .from(e)
    .where(eq(e.seq, witness.seq))
    .limit(1);
  const hash = row?.hash;
  return typeof hash === "string" && constantTimeEqual(hash, witness.hash);
}

export type LogVerdict =
  | { ok: true; sealed: number; unsealed: number }
  | {
      ok: false;
      /** The first entry that is not as it was sealed (its id), or where the chain breaks. */
      firstAlteredId: number | null;
      seq: number;
      /**
       * `witness_ahead`: the chain ends before the place a witness saw (`seq` is the first place
       * missing); `witness_mismatch`: the entry at the witnessed place (`seq`) is another one.
       * Either way entries were removed, whatever the state row says.
       */
      problem: "altered" | "missing" | "head_mismatch" | "witness_ahead" | "witness_mismatch";
    };

const VERIFY_PAGE = 1000;

/**
 * Walks the chain from its start: every entry must follow the previous one (no place missing),
 * carry its hash, and hash to what it carries under the key; the last must be the head the
 * state row records. Names the first entry that fails. With a witness (a head recorded outside
 * the database at a seal), the chain must also hold that entry, at its place with its hash:
 * this is what notices a cut-off end when the state row was rewritten to match. A witness
 * behind the chain's end is fine (later seals).
 */
export async function verifyLog(deps: Deps, witness?: LogHead): Promise<LogVerdict> {
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
      if (witness?.seq === expected && !constantTimeEqual(hash, witness.hash))
        return { ok: false, firstAlteredId: row.id, seq: expected, problem: "witness_mismatch" };
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
  if (witness && witness.seq > sealed)
    return { ok: false, firstAlteredId: null, seq: sealed + 1, problem: "witness_ahead" };
  if (!state || Number(state.sealed_seq) !== sealed || state.head_hash !== prev)
    return { ok: false, firstAlteredId: null, seq: sealed + 1, problem: "head_mismatch" };
  const [unsealed] = await deps.db.select({ n: count() }).from(e).where(isNull(e.seq));
  return { ok: true, sealed, unsealed: unsealed?.n ?? 0 };
}
