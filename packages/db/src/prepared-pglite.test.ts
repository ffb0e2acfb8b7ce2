import { PGlite } from "@electric-sql/pglite";
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

  it("still runs new statements once its cache is full", async () => {
    for (let i = 0; i < 6; i++) {
      const { rows } = await wrapped.query<{ v: number }>(`select ${i}::int + $1 as v`, [1]);
      expect(rows).toEqual([{ v: i + 1 }]);
    }
  });
});
