import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, ping, queryRows } from "./client";
import { accounts } from "./schema";

const TABLES = [
  "accounts",
  "backup_codes",
  "enrollments",
  "factors",
  "failure_counters",
  "security_events",
  "sessions",
  "totp_secrets",
];

describe.each(databaseKinds())("createDatabase on %s", (kind) => {
  it("applies the committed migrations: every table exists and answers", async () => {
    const handle = await createTestDatabase(kind);
    try {
      expect(handle.kind).toBe(kind);
      expect(await ping(handle.db)).toBe(true);
      const rows = await queryRows<{ table_name: string }>(
        handle.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
      );
      expect(rows.map((r) => r.table_name)).toEqual(TABLES);
    } finally {
      await handle.close();
    }
  });
});

describe("embedded PGlite in a data folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "twofold-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps rows across restarts and migrates an existing folder without loss", async () => {
    const first = await createDatabase(undefined, { dataDir: dir });
    const now = new Date();
    await first.db.insert(accounts).values({
      id: "00000000-0000-4000-8000-000000000001",
      email: "kept@example.ch",
      passwordHash: "x",
      createdAt: now,
      passwordChangedAt: now,
    });
    await first.close();
    const second = await createDatabase(undefined, { dataDir: dir });
    const rows = await second.db.select({ email: accounts.email }).from(accounts);
    await second.close();
    expect(rows).toEqual([{ email: "kept@example.ch" }]);
  });

  it("refuses a URL it does not know instead of guessing", async () => {
    await expect(createDatabase("mysql://localhost/x")).rejects.toThrow(/Unsupported database URL/);
  });
});
