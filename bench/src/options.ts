import { parseArgs } from "node:util";
import type { DatabaseKind } from "@twofold/db";

export interface BenchOptions {
  databases: DatabaseKind[];
  /** Accounts (= requests) per concurrency level, per database. */
  perLevel: Record<DatabaseKind, number>;
  warmup: number;
  levels: number[];
  /** Cap of each run, whatever is left of its accounts. */
  maxDurationMs: number;
  quick: boolean;
  /** Write a V8 CPU profile of the server per database into this folder. */
  cpuProfDir: string | null;
}

export const USAGE = `Usage: pnpm bench [-- options]
  --quick            200 requests per level, for a smoke run
  --accounts N       requests (seeded accounts) per level and database
                     (default 5000 on PGlite, 8000 on PostgreSQL)
  --warmup N         warm-up requests before the levels (default 1000; --quick 50)
  --levels 1,16,64   concurrency levels (connections)
  --duration S       cap of each run in seconds (default 15)
  --db KIND          pglite or postgres only (default: pglite, and postgres when DATABASE_URL is set)
  --cpu-prof         profile the server (node --cpu-prof) into bench/results/profiles/
Environment: DATABASE_URL=postgres://... adds a PostgreSQL run (a fresh database, dropped after).`;

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

export function parseOptions(
  argv: string[],
  env: NodeJS.ProcessEnv,
  profileDir: string,
): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      accounts: { type: "string" },
      warmup: { type: "string" },
      levels: { type: "string", default: "1,16,64" },
      duration: { type: "string", default: "15" },
      db: { type: "string" },
      "cpu-prof": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  const quick = values.quick;
  const accounts = values.accounts === undefined ? null : positiveInt("accounts", values.accounts);
  const levels = values.levels.split(",").map((l) => positiveInt("levels", l.trim()));

  let databases: DatabaseKind[] = env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  if (values.db === "pglite" || values.db === "postgres") databases = [values.db];
  else if (values.db !== undefined)
    throw new Error(`--db must be pglite or postgres, got "${values.db}"`);
  if (databases.includes("postgres") && !env.DATABASE_URL)
    throw new Error("--db postgres needs DATABASE_URL");

  const perLevel = {
    pglite: accounts ?? (quick ? 200 : 5_000),
    postgres: accounts ?? (quick ? 200 : 8_000),
  };
  const tooSmall = levels.find((c) => c > Math.min(perLevel.pglite, perLevel.postgres));
  if (tooSmall !== undefined)
    throw new Error(`concurrency ${tooSmall} is more than the requests per level`);
  const warmup =
    values.warmup === undefined ? (quick ? 50 : 1_000) : positiveInt("warmup", values.warmup);
  return {
    databases,
    perLevel,
    warmup,
    levels,
    maxDurationMs: positiveInt("duration", values.duration) * 1000,
    quick,
    cpuProfDir: values["cpu-prof"] ? profileDir : null,
  };
}
