// `pnpm bench`: TOTP sign-in verification through HTTP against the built server.
// See ../README.md for what is measured and how.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DatabaseKind } from "@twofold/db";
import { createPGliteDatabase, createPostgresDatabase, type BenchDatabase } from "./database";
import { describeAppPasswords, runAppPasswordBench } from "./app-passwords";
import { runLoad } from "./load";
import { describePush, runPushBench } from "./push";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import {
  errorCount,
  machineInfo,
  markdownTable,
  type BenchReport,
  type DatabaseReport,
  type RunReport,
} from "./report";
import { seedPendingSignIns, type SignInPair } from "./seed";
import { startBuiltServer, type BuiltServer } from "./server";
import { describeTUIStart, measureTUIStart } from "./tui-start";
import { describeWebSize, measureFirstPageJS } from "./web-size";

const RESULTS_DIR = fileURLToPath(new URL("../results/", import.meta.url));
const SERVER_LINES_SHOWN = 5;

/** Smoke runs write beside the full run's figures, not over them. */
function resultsFile(options: BenchOptions): string {
  return `${RESULTS_DIR}totp-verify${options.quick ? ".quick" : ""}.json`;
}
const WARMUP_CONNECTIONS = 16;

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Cleanups still due if the run is interrupted (the server child, the temporary database). */
const pendingCleanups = new Set<() => Promise<void>>();

/**
 * Waits until the server has finished the requests a capped run left in flight (their clients
 * are gone), so that stopping it does not close the database under them: until its CPU time
 * stops growing, at most 10 s.
 */
async function settle(server: BuiltServer): Promise<void> {
  const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
  const deadline = Date.now() + 10_000;
  let before = server.cpuMs();
  if (before === null) return sleep(2_000);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = server.cpuMs();
    if (now === null || now - before < 20) return;
    before = now;
  }
}

async function benchDatabase(kind: DatabaseKind, options: BenchOptions): Promise<DatabaseReport> {
  const perLevel = options.perLevel[kind];
  const total = options.warmup + perLevel * options.levels.length;
  const database: BenchDatabase =
    kind === "pglite"
      ? await createPGliteDatabase()
      : await createPostgresDatabase(process.env.DATABASE_URL ?? "");
  const destroy = (): Promise<void> => database.destroy();
  pendingCleanups.add(destroy);
  try {
    progress(
      `[${kind}] seeding ${total.toLocaleString("en-US")} accounts with a TOTP factor and a pending session`,
    );
    const masterKey = randomBytes(32);
    const seedStart = performance.now();
    const handle = await database.open();
    let pairs: SignInPair[];
    try {
      pairs = await seedPendingSignIns(handle.db, masterKey, total);
    } finally {
      await handle.close();
    }
    const seedMs = performance.now() - seedStart;
    progress(
      `[${kind}] seeded in ${(seedMs / 1000).toFixed(1)} s; starting apps/server/dist/main.js`,
    );

    const serverStart = performance.now();
    const profileDir = options.cpuProfDir && `${options.cpuProfDir}${kind}`;
    if (profileDir) mkdirSync(profileDir, { recursive: true });
    const server = await startBuiltServer({
      env: {
        ...database.serverEnv,
        TWOFOLD_MASTER_KEY: masterKey.toString("hex"),
        TWOFOLD_GATEWAY: "off",
      },
      nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
    });
    const serverStartMs = performance.now() - serverStart;
    const stopServer = (): Promise<void> => server.stop();
    pendingCleanups.add(stopServer);
    try {
      let offset = 0;
      const slice = (n: number): SignInPair[] => pairs.slice(offset, (offset += n));
      const run = async (label: string, connections: number, n: number): Promise<RunReport> => {
        const job = {
          url: server.url,
          pairs: slice(n),
          connections,
          maxDurationMs: options.maxDurationMs,
        };
        const cpuBefore = server.cpuMs();
        const load = await runLoad(job);
        const cpuAfter = server.cpuMs();
        const serverCpuMsPerRequest =
          cpuBefore === null || cpuAfter === null || load.responses === 0
            ? null
            : (cpuAfter - cpuBefore) / load.responses;
        const result: RunReport = { ...load, serverCpuMsPerRequest };
        progress(
          `[${kind}] ${label}: ${result.responses} responses in ${(result.elapsedMs / 1000).toFixed(1)} s, ` +
            `${Math.round(result.requestsPerSecond)} req/s, p50 ${result.latencyMs.p50.toFixed(2)} ms, ` +
            `p99 ${result.latencyMs.p99.toFixed(2)} ms, server CPU ${serverCpuMsPerRequest?.toFixed(2) ?? "?"} ms/req, ` +
            `errors ${errorCount(result)}${result.capped ? " (capped by --duration)" : ""}`,
        );
        if (result.firstFailure) progress(`[${kind}]   first failure: ${result.firstFailure}`);
        return result;
      };
      const warmup = await run(
        "warm-up",
        Math.min(WARMUP_CONNECTIONS, options.warmup),
        options.warmup,
      );
      const runs: RunReport[] = [];
      for (const connections of options.levels) {
        runs.push(await run(`concurrency ${connections}`, connections, perLevel));
      }
      return {
        database: kind,
        seededAccounts: total,
        seedMs,
        serverStartMs,
        warmup,
        runs,
        serverOutput: server.output(),
      };
    } finally {
      await settle(server);
      await server.stop();
      pendingCleanups.delete(stopServer);
      const lines = server.output().trim().split("\n").filter(Boolean);
      if (lines.length > 0) {
        const more =
          lines.length > SERVER_LINES_SHOWN
            ? `\n  ... ${lines.length - SERVER_LINES_SHOWN} more lines in ${resultsFile(options)}`
            : "";
        progress(
          `[${kind}] server output:\n${lines.slice(0, SERVER_LINES_SHOWN).join("\n")}${more}`,
        );
      }
      if (profileDir) progress(`[${kind}] CPU profile written to ${profileDir}`);
    }
  } finally {
    await destroy();
    pendingCleanups.delete(destroy);
  }
}

async function main(): Promise<number> {
  let options: BenchOptions | "help";
  try {
    // pnpm passes a `--` separator through to the script: there are no positional arguments.
    const args = process.argv.slice(2).filter((arg) => arg !== "--");
    options = parseOptions(args, process.env, `${RESULTS_DIR}profiles/`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.once("SIGINT", () => {
    progress("interrupted: cleaning up");
    void Promise.allSettled([...pendingCleanups].map((cleanup) => cleanup())).then(() =>
      process.exit(130),
    );
  });

  const report: BenchReport = {
    benchmark: "totp-verify",
    description:
      "POST /trpc/auth.verifyTOTP with a pending session's bearer token and a current code; every request is a successful verification of its own account",
    date: new Date().toISOString(),
    machine: await machineInfo(),
    options,
    databases: [],
    webFirstPageJS: measureFirstPageJS(),
    tuiFirstFrame: null,
    push: null,
    appPasswords: null,
  };
  const { busyBeforeStart } = report.machine;
  if (busyBeforeStart !== null && busyBeforeStart > 0.2) {
    progress(
      `warning: ${Math.round(busyBeforeStart * 100)}% of the CPUs were busy before the start; figures will be low and noisy`,
    );
  }
  progress("terminal app: measuring start to first frame");
  report.tuiFirstFrame = measureTUIStart(options.quick ? 3 : 10);
  report.push = await runPushBench({
    devices: options.quick ? 1_000 : 10_000,
    samples: options.quick ? 20 : 100,
    progress,
    startServer: async (env) => {
      const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-push-"));
      const server = await startBuiltServer({ env: { TWOFOLD_DATA_DIR: dataDir, ...env } });
      return {
        url: server.url,
        stop: async () => {
          await server.stop();
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  });
  report.appPasswords = await runAppPasswordBench({
    rounds: options.quick ? 1 : 3,
    durationMs: options.quick ? 2_000 : 5_000,
    connections: 16,
    progress,
  });
  for (const kind of options.databases) report.databases.push(await benchDatabase(kind, options));

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(resultsFile(options), `${JSON.stringify(report, null, 2)}\n`);
  const { machine } = report;
  process.stdout.write(
    `\nTOTP sign-in verification (${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}${options.quick ? ", --quick" : ""})\n\n`,
  );
  process.stdout.write(`${markdownTable(report)}\n`);
  if (report.databases.some((db) => db.runs.some((run) => run.capped))) {
    process.stdout.write(
      `\n(capped): the run reached the ${options.maxDurationMs / 1000} s cap before spending all its accounts.\n`,
    );
  }
  process.stdout.write(`\n${describeWebSize(report.webFirstPageJS)}\n`);
  process.stdout.write(`${describeTUIStart(report.tuiFirstFrame)}\n`);
  if (report.push) process.stdout.write(`${describePush(report.push)}\n`);
  if (report.appPasswords) process.stdout.write(`${describeAppPasswords(report.appPasswords)}\n`);
  process.stdout.write(`\nRaw figures: ${resultsFile(options)}\n`);

  const failures = report.databases
    .flatMap((db) => [db.warmup, ...db.runs])
    .filter((run) => errorCount(run) > 0);
  if (failures.length > 0) {
    process.stderr.write(
      `\n${failures.length} run(s) had errors; first failure: ${failures[0]?.firstFailure ?? "connection errors"}\n`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
