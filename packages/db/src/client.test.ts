import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, MEMORY_URL, ping, queryRows } from "./client";
import { accounts } from "./schema";
import { createScratchPostgres } from "./scratch";

// db is below @twofold/testing, so its own tests open databases directly.
const adminUrl = process.env.DATABASE_URL;
const kinds = adminUrl ? (["pglite", "postgres"] as const) : (["pglite"] as const);

const TABLES = [
  "account_recoveries",
  "accounts",
  "app_passwords",
  "app_sign_ins",
  "backup_codes",
  "device_enrollments",
  "devices",
  "emailed_secrets",
  "enrollments",
  "factors",
  "failure_counters",
  "log_state",
  "mail_queue",
  "mail_recipients",
  "oidc_keys",
  "oidc_records",
  "push_pauses",
  "push_requests",
  "rate_windows",
  "recovery_contacts",
  "security_events",
  "sessions",
  "sms_codes",
  "sms_phones",
  "totp_secrets",
  "trusted_browsers",
  "webauthn_challenges",
  "webauthn_credentials",
];

describe.each(kinds)("createDatabase on %s", (kind) => {
  it("applies the committed migrations: every table exists and answers", async () => {
    const scratch = kind === "postgres" && adminUrl ? await createScratchPostgres(adminUrl) : null;
    const handle = await createDatabase(scratch?.url ?? MEMORY_URL);
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
      await scratch?.drop();
    }
  });
});

const journal = JSON.parse(
  readFileSync(new URL("../drizzle/meta/_journal.json", import.meta.url), "utf8"),
) as { entries: unknown[] };

if (adminUrl) {
  describe("several servers starting at once on one PostgreSQL", () => {
    it("apply each migration exactly once", async () => {
      const scratch = await createScratchPostgres(adminUrl);
      const handles = await Promise.all([1, 2, 3].map(() => createDatabase(scratch.url)));
      const [first] = handles;
      const rows = first
        ? await queryRows<{ n: number }>(
            first.db,
            sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
          )
        : [];
      await Promise.all(handles.map((h) => h.close()));
      await scratch.drop();
      expect(rows[0]?.n).toBe(journal.entries.length);
    });
  });
}

if (adminUrl) {
  describe("a PostgreSQL restart or an administrator ending connections", () => {
    it("does not crash the process: the pool reports it, drops the connection and goes on", async () => {
      const scratch = await createScratchPostgres(adminUrl);
      const errors: Error[] = [];
      const handle = await createDatabase(scratch.url, {
        onConnectionError: (error) => errors.push(error),
      });
      try {
        expect(await ping(handle.db)).toBe(true);
        const name = new URL(scratch.url).pathname.slice(1);
        const admin = await createDatabase(adminUrl);
        const [ended] = await queryRows<{ n: number }>(
          admin.db,
          sql`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = ${name}`,
        );
        await admin.close();
        expect(ended?.n).toBeGreaterThan(0);
        // Every idle connection that was ended is reported, then dropped from the pool.
        await expect.poll(() => errors.length).toBe(ended?.n);
        expect(await ping(handle.db)).toBe(true);
      } finally {
        await handle.close();
        await scratch.drop();
      }
    });
  });
}

if (adminUrl) {
  describe("a connection ended while a transaction holds it", () => {
    it("fails that transaction only: the process lives, the error is reported, the pool goes on", async () => {
      const scratch = await createScratchPostgres(adminUrl);
      const errors: Error[] = [];
      const handle = await createDatabase(scratch.url, {
        onConnectionError: (error) => errors.push(error),
      });
      const admin = await createDatabase(adminUrl);
      try {
        const transaction = handle.db.transaction(async (tx) => {
          const [me] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
          await queryRows(admin.db, sql`select pg_terminate_backend(${me?.pid ?? 0})`);
          // The socket closes between two statements: its error has no query to go to.
          await expect.poll(() => errors.length).toBe(1);
          await tx.execute(sql`select 1`);
        });
        await expect(transaction).rejects.toThrow();
        expect(await ping(handle.db)).toBe(true);
      } finally {
        await admin.close();
        await handle.close();
        await scratch.drop();
      }
    });
  });
}

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
    // Besides the account that sign-ins to unknown addresses count under (no email).
    expect(rows.filter((r) => r.email !== "")).toEqual([{ email: "kept@example.ch" }]);
  });

  it("refuses a URL it does not know instead of guessing", async () => {
    await expect(createDatabase("mysql://localhost/x")).rejects.toThrow(/Unsupported database URL/);
  });
});
