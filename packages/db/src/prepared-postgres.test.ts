import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDatabase, queryRows } from "./client";
import { createScratchPostgres } from "./scratch";

// Left out of the run without DATABASE_URL (vitest.config.ts).
const adminUrl = process.env.DATABASE_URL ?? "";

describe("PostgreSQL statements, named once per connection", () => {
  it("are parsed once per connection, answer right, and survive a failed run", async () => {
    const scratch = await createScratchPostgres(adminUrl);
    const handle = await createDatabase(scratch.url, { poolSize: 2 });
    try {
      const { db } = handle;
      await db.execute(sql`create table notes (id int primary key, body text)`);
      const add = (id: number) => db.execute(sql`insert into notes values (${id}, ${"n" + id})`);
      // In parallel, so both pooled connections meet the statement.
      await Promise.all([1, 2, 3, 4].map(add));
      await expect(add(1)).rejects.toMatchObject({ cause: { code: "23505" } });
      await add(5);
      const rows = await queryRows<{ id: number; body: string }>(
        db,
        sql`select id, body from notes where id > ${2} order by id`,
      );
      expect(rows).toEqual([
        { id: 3, body: "n3" },
        { id: 4, body: "n4" },
        { id: 5, body: "n5" },
      ]);
      // The connection that answers holds the insert under one name, parsed once.
      const held = await queryRows<{ name: string; statement: string }>(
        db,
        sql`select name, statement from pg_prepared_statements where statement like 'insert into notes%'`,
      );
      expect(held).toHaveLength(1);
      expect(held[0]?.name).toMatch(/^twofold_[0-9a-f]{32}$/);
    } finally {
      await handle.close();
      await scratch.drop();
    }
  });
});
