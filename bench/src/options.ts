import { parseArgs } from "node:util";
import type { DatabaseKind } from "@twofold/db";

export interface BenchOptions {
  databases: DatabaseKind[];
  levels: number[];
  /** Rounds per level: each side runs once per round, the 2FA sides in alternating order. */
  rounds: number;
  /** Pending sign-ins spent per run of a 2FA side. */
  perRun: number;
  /** Warm-up sign-ins per 2FA side. */
  warmup: number;
  /** Cap of a 2FA run, length of a bare run. */
  runMs: number;
  /** Run better-auth beside Twofold on PGlite. */
  peer: boolean;
  quick: boolean;
  /** Where results.json and RESULTS.md go. */
  outDir: string;
  /** Write a V8 CPU profile of the server per database into this folder. */
  cpuProfDir: string | null;
  /** The soak instead of the figures: its length in minutes. */
  soak: { minutes: number } | null;
}

export const USAGE = `Usage: pnpm bench [-- options]
  --quick            a smoke run: 1 round of 100 sign-ins per side and level, 1,000 push devices
  --levels 1,16,64   concurrency levels (connections)
  --rounds N         rounds per level, sides alternating (default 3; --quick 1)
  --requests N       sign-ins per run of Twofold and of better-auth (default 1500; --quick 100)
  --warmup N         warm-up sign-ins per side (default 500; --quick 50)
  --duration S       cap of a sign-in run, length of a bare run, seconds (default 6; --quick 2)
  --db KIND          pglite or postgres only (default: pglite, and postgres when DATABASE_URL is set)
  --no-peer          leave better-auth out
  --out DIR          where results.json and RESULTS.md go (default bench/; --quick bench/results/)
  --cpu-prof         profile the server (node --cpu-prof) into bench/results/profiles/
  --soak             instead: the mixed flows at half capacity on a PostgreSQL of its own with
                     Redis, one PostgreSQL restart and one gateway kill; writes SOAK.md
  --minutes N        length of the soak (default 10; shorter runs write to bench/results/)
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
  dirs: { bench: string; results: string },
): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      levels: { type: "string", default: "1,16,64" },
      rounds: { type: "string" },
      requests: { type: "string" },
      warmup: { type: "string" },
      duration: { type: "string" },
      db: { type: "string" },
      "no-peer": { type: "boolean", default: false },
      out: { type: "string" },
      "cpu-prof": { type: "boolean", default: false },
      soak: { type: "boolean", default: false },
      minutes: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  const quick = values.quick;
  const int = (name: "rounds" | "requests" | "warmup" | "duration", full: number, smoke: number) =>
    values[name] === undefined ? (quick ? smoke : full) : positiveInt(name, values[name]);
  const levels = values.levels.split(",").map((l) => positiveInt("levels", l.trim()));

  let databases: DatabaseKind[] = env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  if (values.db === "pglite" || values.db === "postgres") databases = [values.db];
  else if (values.db !== undefined)
    throw new Error(`--db must be pglite or postgres, got "${values.db}"`);
  if (databases.includes("postgres") && !env.DATABASE_URL)
    throw new Error("--db postgres needs DATABASE_URL");

  const perRun = int("requests", 1_500, 100);
  const warmup = int("warmup", 500, 50);
  // autocannon refuses more connections than requests.
  const tooMany = levels.find((c) => c > perRun);
  if (tooMany !== undefined) throw new Error(`concurrency ${tooMany} is more than --requests`);
  const minutes = values.minutes === undefined ? 10 : positiveInt("minutes", values.minutes);
  if (values.minutes !== undefined && !values.soak) throw new Error("--minutes goes with --soak");
  const short = quick || (values.soak && minutes < 10);
  return {
    databases,
    levels,
    rounds: int("rounds", 3, 1),
    perRun,
    warmup,
    runMs: int("duration", 6, 2) * 1000,
    peer: !values["no-peer"],
    quick,
    outDir: values.out ?? (short ? dirs.results : dirs.bench),
    cpuProfDir: values["cpu-prof"] ? `${dirs.results}profiles/` : null,
    soak: values.soak ? { minutes } : null,
  };
}
