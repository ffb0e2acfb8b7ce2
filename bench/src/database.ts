import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createDatabase,
  createScratchPostgres,
  type DatabaseHandle,
  type DatabaseKind,
} from "@twofold/db";

/** A fresh, migrated database, and how to point the server at it. */
export interface BenchDatabase {
  kind: DatabaseKind;
  /** Open once for seeding; close it before the server starts (PGlite has one owner). */
  open(): Promise<DatabaseHandle>;
  /** DATABASE_URL / TWOFOLD_DATA_DIR for the server. */
  serverEnv: Record<string, string>;
  /** Deletes the data folder or drops the database. */
  destroy(): Promise<void>;
}

/** PGlite in a new temporary data folder. */
export async function createPGliteDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "twofold-bench-"));
  return {
    kind: "pglite",
    open: () => createDatabase(undefined, { dataDir }),
    serverEnv: { TWOFOLD_DATA_DIR: dataDir },
    destroy: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** A new database on the server of `adminUrl`, dropped by `destroy()`. */
export async function createPostgresDatabase(adminUrl: string): Promise<BenchDatabase> {
  const scratch = await createScratchPostgres(adminUrl, "twofold_bench");
  const dataDir = await mkdtemp(join(tmpdir(), "twofold-bench-"));
  return {
    kind: "postgres",
    open: () => createDatabase(scratch.url),
    // The data folder stays empty (the master key comes from the environment) but is not the cwd's.
    serverEnv: { DATABASE_URL: scratch.url, TWOFOLD_DATA_DIR: dataDir },
    destroy: async () => {
      await scratch.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
