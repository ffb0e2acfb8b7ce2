import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDatabase,
  createPGliteTemplate,
  pgliteTemplateKey,
  createScratchPostgres,
  MEMORY_URL,
  queryRows,
  type DatabaseHandle,
  type DatabaseKind,
} from "@twofold/db";
import { sql } from "drizzle-orm";

const KINDS: readonly DatabaseKind[] = ["pglite", "postgres"];

/**
 * The databases this run tests on: PGlite always, PostgreSQL when DATABASE_URL is set; or the
 * comma-separated kinds of TWOFOLD_TEST_DATABASES (`postgres` alone: the PostgreSQL pass after
 * a PGlite one, so the pair costs one run of each, not PGlite twice).
 */
export function databaseKinds(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  const chosen = env.TWOFOLD_TEST_DATABASES;
  if (!chosen) return env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  const kinds = chosen.split(",").map((kind) => kind.trim());
  const unknown = kinds.find((kind) => !KINDS.some((known) => known === kind));
  if (unknown !== undefined)
    throw new Error(`TWOFOLD_TEST_DATABASES: "${unknown}" is not pglite or postgres`);
  if (kinds.includes("postgres") && !env.DATABASE_URL)
    throw new Error("TWOFOLD_TEST_DATABASES names postgres: set DATABASE_URL too");
  return KINDS.filter((kind) => kinds.includes(kind));
}

/**
 * A URL for a fresh, empty database of the given kind, for code that opens its own connection
 * (a started server): `memory://` for PGlite; for PostgreSQL a new database, dropped by `drop()`.
 */
export async function createTestDatabaseURL(
  kind: DatabaseKind,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "pglite") return { url: MEMORY_URL, drop: async () => undefined };
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error("DATABASE_URL is not set: no PostgreSQL to test on");
  return createScratchPostgres(adminUrl);
}

let template: Promise<Blob> | undefined;

/**
 * A migrated, empty PGlite as a dump, made once per schema version and kept in the temp folder
 * so that every test worker starts from it (named by a hash of the migrations).
 */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const path = join(tmpdir(), `twofold-pglite-${pgliteTemplateKey()}.tar`);
    try {
      return new Blob([readFileSync(path)]);
    } catch {
      const blob = await createPGliteTemplate();
      const partial = `${path}.${process.pid}`;
      writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
      renameSync(partial, path);
      return blob;
    }
  })();
  return template;
}

/**
 * A migrated, empty database of the given kind. For PostgreSQL a new database is created on
 * the server of DATABASE_URL and dropped by `close()`, so test files never share rows.
 */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "pglite")
    return createDatabase(MEMORY_URL, { pgliteTemplate: await pgliteTemplate() });
  const { url, drop } = await createTestDatabaseURL(kind);
  const handle = await createDatabase(url, { poolSize: 25 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/** Every row of every user table, as one text: what a database dump would reveal. */
export async function dumpAllTables(handle: DatabaseHandle): Promise<string> {
  const tables = await queryRows<{ table_name: string }>(
    handle.db,
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await queryRows(handle.db, sql.raw(`select * from "${table_name}"`));
    parts.push(`-- ${table_name}\n${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}
