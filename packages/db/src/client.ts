import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql, type SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePGlite } from "drizzle-orm/pglite";
import { migrate as migratePGlite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { withPreparedStatements } from "./prepared-pglite";
import { withNamedStatements } from "./prepared-postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The drizzle handle every layer above uses; the same type for PGlite and PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** Folder of the embedded database when no URL is given (default `./data`). */
  dataDir?: string;
  /** Connections in the PostgreSQL pool (default 10). */
  poolSize?: number;
  /** PGlite only: start from this dump of a migrated database instead of an empty one. */
  pgliteTemplate?: Blob;
  /**
   * PostgreSQL only: told when a pooled connection fails, idle or in use (the server restarted,
   * or an administrator ended it). The pool drops that connection and opens another when
   * needed; the error never takes the process down. Default: ignored.
   */
  onConnectionError?: (error: Error) => void;
}

/**
 * PostgreSQL only: the bounds that keep a request from hanging on a database that is down or
 * stuck. Opening a connection (or waiting for a free one) gives up after 5 s; a statement after
 * 10 s, on the server (`statement_timeout`) and on the client (`query_timeout`: a connection
 * whose server stopped answering).
 */
export const POSTGRES_TIMEOUTS = { connectMs: 5_000, statementMs: 10_000 } as const;

/** A URL that opens an in-memory PGlite: for tests. */
export const MEMORY_URL = "memory://";

// Found through the package itself so that it works from source and from a bundle.
const migrationsFolder = join(
  dirname(createRequire(import.meta.url).resolve("@twofold/db/package.json")),
  "drizzle",
);

// Any number 64-bit: serialises migrations when several servers start on one PostgreSQL.
const MIGRATION_LOCK = 72_461_220;

/**
 * Opens the database and applies the committed migrations.
 * - no URL: PGlite in `dataDir` (default `./data`), created on first start;
 * - `memory://`: PGlite in memory;
 * - `postgres://` or `postgresql://`: a PostgreSQL pool.
 */
export async function createDatabase(
  url?: string,
  options: CreateDatabaseOptions = {},
): Promise<DatabaseHandle> {
  if (url?.startsWith("postgres://") || url?.startsWith("postgresql://")) {
    return openPostgres(url, options.poolSize ?? 10, options.onConnectionError);
  }
  if (url !== undefined && url !== "" && url !== MEMORY_URL) {
    throw new Error(`Unsupported database URL scheme (expected postgres:// or ${MEMORY_URL})`);
  }
  const dataDir = url === MEMORY_URL ? undefined : resolve(options.dataDir ?? "./data", "pglite");
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir !== undefined && { dataDir }),
    ...(options.pgliteTemplate && { loadDataDir: options.pgliteTemplate }),
  });
  const db = drizzlePGlite({ client: withPreparedStatements(client), schema });
  await migratePGlite(db, { migrationsFolder });
  return { db: db as unknown as Database, kind: "pglite", close: () => client.close() };
}

async function openPostgres(
  url: string,
  max: number,
  onConnectionError: (error: Error) => void = () => undefined,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectMs,
    query_timeout: POSTGRES_TIMEOUTS.statementMs,
    statement_timeout: POSTGRES_TIMEOUTS.statementMs,
    keepAlive: true,
  });
  // The pool listens for errors of idle connections only. A connection lost while checked out
  // (inside a transaction: its `begin` failed with 57P01, then the socket closed) emits its own
  // `error` with no listener, which would end the process: every connection gets one for life.
  // An idle connection's error reaches both listeners: it is reported once.
  const reported = new WeakSet<Error>();
  const report = (error: Error): void => {
    if (reported.has(error)) return;
    reported.add(error);
    onConnectionError(error);
  };
  pool.on("error", report);
  pool.on("connect", (client) => client.on("error", report));
  const db = drizzlePostgres({ client: withNamedStatements(pool), schema });
  // Migrations run on a connection of their own, without the statement bound: building an
  // index on a large table may rightly take longer than any request should.
  const migrator = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: POSTGRES_TIMEOUTS.connectMs,
  });
  migrator.on("error", report);
  await migrator.connect();
  try {
    await migrator.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePostgres(drizzlePostgres({ client: migrator, schema }), { migrationsFolder });
  } finally {
    await migrator.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await migrator.end().catch(() => undefined);
  }
  return { db: db as unknown as Database, kind: "postgres", close: () => pool.end() };
}

/** Runs a trivial query: the health check. */
export async function ping(db: Database): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}

/** Rows of a raw SQL query; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * A dump of a freshly migrated in-memory PGlite: loading it skips initdb and the migrations,
 * about three times faster than starting empty (tests open many databases).
 */
export async function createPGliteTemplate(): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migratePGlite(drizzlePGlite({ client, schema }), { migrationsFolder });
    return await client.dumpDataDir("none");
  } finally {
    await client.close();
  }
}

/** Names what a template holds: the migrations and the PGlite build that made it. */
export function pgliteTemplateKey(): string {
  const hash = createHash("sha256").update(
    createRequire(import.meta.url).resolve("@electric-sql/pglite"),
  );
  for (const file of readdirSync(migrationsFolder)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest("hex").slice(0, 16);
}
