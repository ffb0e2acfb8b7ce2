import { PGlite, type Transaction } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPreparedStatements } from "./prepared-pglite";

const TYPES = `create table kinds (
  id int primary key, at timestamptz, doc jsonb, raw bytea, tags text[], note text, big bigint)`;
const ROW = sql`insert into kinds values (1, '2026-11-28T10:00:00Z', '{"a":[1,"x"]}', '\\x00ff',
  '{one,two}', null, 9007199254740993)`;

describe("PGlite with prepared statements", () => {
  let plain: PGlite;
  let wrapped: PGlite;
  beforeAll(async () => {
    plain = await PGlite.create();
    wrapped = withPreparedStatements(plain, 3);
    await plain.exec(TYPES);
    await drizzle({ client: plain }).execute(ROW);
  });
  afterAll(() => plain.close());

  it("answers exactly what PGlite answers, for every column type and both row modes", async () => {
    const text = "select * from kinds where id = $1 and note is not distinct from $2";
    for (const rowMode of ["object", "array"] as const) {
      const mine = await wrapped.query(text, [1, null], { rowMode });
      const theirs = await plain.query(text, [1, null], { rowMode });
      expect(mine).toEqual(theirs);
      expect(mine.rows).toHaveLength(1);
    }
  });

  it("takes parameters of any type (dates, JSON, bytes) the way PGlite serialises them", async () => {
    const text = "select $1::timestamptz as at, $2::jsonb as doc, $3::bytea as raw, $4::int as n";
    const params = [new Date("2026-01-02T03:04:05Z"), { b: 2 }, new Uint8Array([1, 2]), 7];
    expect(await wrapped.query(text, params)).toEqual(await plain.query(text, params));
  });

  it("reports a failed statement with PostgreSQL's code, changes nothing, and goes on", async () => {
    const insert = "insert into kinds (id, note) values ($1, $2)";
    await expect(wrapped.query(insert, [1, "again"])).rejects.toMatchObject({ code: "23505" });
    await expect(wrapped.query("select from nowhere")).rejects.toMatchObject({ code: "42P01" });
    const { rows } = await wrapped.query<{ n: number }>("select count(*)::int as n from kinds");
    expect(rows).toEqual([{ n: 1 }]);
  });

  it("never runs inside another caller's open transaction", async () => {
    let inserted: () => void = () => undefined;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const rolledBack = plain.transaction(async (tx) => {
      await tx.query("insert into kinds (id) values (2)");
      inserted();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tx.rollback();
    });
    await insertedYet;
    const seen = await wrapped.query<{ n: number }>("select count(*)::int as n from kinds");
    await rolledBack;
    // Waited for the transaction to end: the rolled-back row was never visible.
    expect(seen.rows).toEqual([{ n: 1 }]);
  });

  it("runs a transaction's statements inside it: seen within, undone by a rollback", async () => {
    // A client of its own: the shared one's cache (3 texts) is full by now.
    const db = drizzle({ client: withPreparedStatements(plain) });
    const count = async (q: { execute: typeof db.execute }) =>
      (await q.execute<{ n: number }>(sql`select count(*)::int as n from kinds`)).rows[0]?.n;
    let inside: number | undefined;
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into kinds (id, note) values (${3}, ${"inside"})`);
        inside = await count(tx);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(inside).toBe(2);
    expect(await count(db)).toBe(1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into kinds (id, note) values (${3}, ${"kept"})`);
    });
    expect(await count(db)).toBe(2);
    await db.execute(sql`delete from kinds where id = ${3}`);
  });

  it("refuses a statement on a transaction that has ended", async () => {
    let ended: Transaction | undefined;
    await withPreparedStatements(plain).transaction(async (tx) => {
      ended = tx;
      await tx.query("select 1");
    });
    await expect(ended?.query("select 1")).rejects.toThrow("Transaction is closed");
  });

  it("keeps at most its limit of statements prepared, and still runs any text", async () => {
    const texts = [0, 1, 2, 3, 4, 5, 0, 1].map((i) => `select ${i}::int + $1 as v`);
    for (const [i, text] of texts.entries()) {
      const { rows } = await wrapped.query<{ v: number }>(text, [1]);
      expect(rows).toEqual([{ v: (i % 6) + 1 }]);
    }
    const held = await plain.query<{ n: number }>(
      "select count(*)::int as n from pg_prepared_statements where statement like $1",
      ["select _::int + $1 as v"],
    );
    expect(held.rows).toEqual([{ n: 3 }]);
    // A text that fails to parse while the cache is full leaves every other text working.
    // (It made room by closing the least recently used, "select 5": asked first.)
    await expect(wrapped.query("selec 1")).rejects.toMatchObject({ code: "42601" });
    for (const i of [5, 0, 1, 2]) {
      const { rows } = await wrapped.query<{ v: number }>(`select ${i}::int + $1 as v`, [1]);
      expect(rows).toEqual([{ v: i + 1 }]);
    }
  });
});
