// TOTP sign-in verification through the whole stack, side by side in one run: Twofold, the
// better-auth peer (PGlite only: its embedded database), a bare tRPC procedure on the same
// Twofold server, and a bare Node HTTP server. Rounds alternate the order of the two 2FA sides.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import type { DatabaseKind } from "@twofold/db";
import type { BareNode } from "./bare-node";
import { createPGliteDatabase, createPostgresDatabase, type BenchDatabase } from "./database";
import { median, rateFigures, settle, type RateFigures } from "./figures";
import { runFixedLoad, type FixedLoadResult } from "./fixed-load";
import type { BenchOptions } from "./options";
import { runLoad, type LoadRequest, type LoadResult, type LoadSuccess } from "./load";
import { startBetterAuthPeer } from "./peers/better-auth";
import { seedPendingSignIns, twofoldRequests, TWOFOLD_SUCCESS } from "./seed";
import { startBuiltServer } from "./server";

/** What a comparison takes from the command line. */
export type CompareOptions = Pick<
  BenchOptions,
  "levels" | "rounds" | "perRun" | "warmup" | "runMs" | "peer" | "cpuProfDir"
>;

/** A run that spends pending sign-ins, and what it cost the server process. */
export interface SpendingRun extends LoadResult {
  serverCpuMsPerRequest: number | null;
}

export interface LevelComparison {
  connections: number;
  twofold: RateFigures & { cpuMsPerRequest: number | null };
  betterAuth: (RateFigures & { cpuMsPerRequest: number | null }) | null;
  bareTRPC: RateFigures;
  bareNode: RateFigures;
  /** Twofold's median over each other side's median. */
  ratios: { betterAuth: number | null; bareTRPC: number; bareNode: number };
  runs: {
    twofold: SpendingRun[];
    betterAuth: SpendingRun[];
    bareTRPC: FixedLoadResult[];
    bareNode: FixedLoadResult[];
  };
}

export interface TOTPComparison {
  database: DatabaseKind;
  seededAccounts: number;
  seedMs: number;
  levels: LevelComparison[];
  /** Responses that were not a success, and lost requests, over every run. */
  errors: number;
  firstFailure: string | null;
  /** What the servers logged (empty when all went well). */
  serverOutput: string;
  peerOutput: string;
}

interface Spender {
  url: string;
  requests: LoadRequest[];
  success: LoadSuccess;
  cpuMs: () => number | null;
}

const WARMUP_CONNECTIONS = 16;
const PING_PATH = "/trpc/system.ping";

async function spend(
  side: Spender,
  connections: number,
  n: number,
  capMs: number,
): Promise<SpendingRun> {
  const requests = side.requests.splice(0, n);
  const before = side.cpuMs();
  const result = await runLoad({
    url: side.url,
    requests,
    success: side.success,
    connections,
    maxDurationMs: capMs,
  });
  const after = side.cpuMs();
  if (result.capped) await settle(side.cpuMs);
  const serverCpuMsPerRequest =
    before === null || after === null || result.succeeded === 0
      ? null
      : (after - before) / result.succeeded;
  return { ...result, serverCpuMsPerRequest };
}

function fixed(
  url: string,
  connections: number,
  durationMs: number,
  expect: string,
): Promise<FixedLoadResult> {
  return runFixedLoad({ url, method: "GET", headers: {}, expect, connections, durationMs });
}

function spendingFigures(runs: SpendingRun[]): RateFigures & { cpuMsPerRequest: number | null } {
  const cpu = runs.flatMap((r) =>
    r.serverCpuMsPerRequest === null ? [] : [r.serverCpuMsPerRequest],
  );
  return { ...rateFigures(runs), cpuMsPerRequest: cpu.length ? median(cpu) : null };
}

const failures = (runs: readonly (LoadResult | FixedLoadResult)[]): number =>
  runs.reduce(
    (n, r) => n + ("failed" in r ? r.failed + r.connectionErrors : r.other + r.errors),
    0,
  );

/**
 * One database: seeds Twofold (and the peer on PGlite) with every pending sign-in the runs
 * will spend, starts the servers, warms each side up, then per concurrency level `rounds`
 * rounds of: bare Node, bare tRPC, and the two 2FA sides in alternating order.
 */
export async function compareTOTP(
  kind: DatabaseKind,
  options: CompareOptions,
  bareNode: BareNode,
  progress: (line: string) => void,
  cleanups: Set<() => Promise<void>>,
): Promise<TOTPComparison> {
  const tag = `[totp ${kind}]`;
  const total = options.warmup + options.levels.length * options.rounds * options.perRun;
  const database: BenchDatabase =
    kind === "pglite"
      ? await createPGliteDatabase()
      : await createPostgresDatabase(process.env.DATABASE_URL ?? "");
  const stops: (() => Promise<void>)[] = [() => database.destroy()];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) await stop();
  };
  cleanups.add(stopAll);
  try {
    progress(`${tag} seeding ${total.toLocaleString("en-US")} accounts with a pending sign-in`);
    const masterKey = randomBytes(32);
    const seedStart = performance.now();
    const handle = await database.open();
    const pairs = await seedPendingSignIns(handle.db, masterKey, total).finally(() =>
      handle.close(),
    );
    const seedMs = performance.now() - seedStart;
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
    stops.push(async () => {
      await settle(() => server.cpuMs());
      await server.stop();
    });
    const twofold: Spender = {
      url: server.url,
      requests: twofoldRequests(pairs),
      success: TWOFOLD_SUCCESS,
      cpuMs: () => server.cpuMs(),
    };
    let peer: Spender | null = null;
    let peerOutput = (): string => "";
    if (options.peer && kind === "pglite") {
      progress(`${tag} seeding better-auth with ${total.toLocaleString("en-US")} pending sign-ins`);
      const started = await startBetterAuthPeer(total);
      stops.push(() => started.stop());
      peer = started;
      peerOutput = () => started.output();
    }
    const sides: [string, Spender][] = [["Twofold", twofold]];
    if (peer) sides.push(["better-auth", peer]);
    for (const [name, side] of sides) {
      const warm = await spend(side, WARMUP_CONNECTIONS, options.warmup, 30_000);
      progress(`${tag} warm-up ${name}: ${Math.round(warm.requestsPerSecond)} req/s`);
      await settle(side.cpuMs);
    }
    await fixed(bareNode.url, WARMUP_CONNECTIONS, 1_000, '"allow"');
    await fixed(`${server.url}${PING_PATH}`, WARMUP_CONNECTIONS, 1_000, '"ok"');

    const levels: LevelComparison[] = [];
    for (const connections of options.levels) {
      const runs: LevelComparison["runs"] = {
        twofold: [],
        betterAuth: [],
        bareTRPC: [],
        bareNode: [],
      };
      for (let round = 1; round <= options.rounds; round += 1) {
        runs.bareNode.push(await fixed(bareNode.url, connections, options.runMs, '"allow"'));
        runs.bareTRPC.push(
          await fixed(`${server.url}${PING_PATH}`, connections, options.runMs, '"ok"'),
        );
        const order: ("twofold" | "betterAuth")[] =
          round % 2 === 1 ? ["twofold", "betterAuth"] : ["betterAuth", "twofold"];
        for (const which of order) {
          const side = which === "twofold" ? twofold : peer;
          if (side) runs[which].push(await spend(side, connections, options.perRun, options.runMs));
        }
        const line = (name: string, r: { requestsPerSecond: number } | undefined) =>
          r ? `${name} ${Math.round(r.requestsPerSecond)}` : null;
        progress(
          `${tag} ${connections} connections, round ${round}: ` +
            [
              line("Twofold", runs.twofold.at(-1)),
              line("better-auth", runs.betterAuth.at(-1)),
              line("bare tRPC", runs.bareTRPC.at(-1)),
              line("bare Node", runs.bareNode.at(-1)),
            ]
              .filter(Boolean)
              .join(", ") +
            " req/s",
        );
      }
      const t = spendingFigures(runs.twofold);
      const b = runs.betterAuth.length ? spendingFigures(runs.betterAuth) : null;
      const bareTRPC = rateFigures(runs.bareTRPC);
      const bareNodeFigures = rateFigures(runs.bareNode);
      levels.push({
        connections,
        twofold: t,
        betterAuth: b,
        bareTRPC,
        bareNode: bareNodeFigures,
        ratios: {
          betterAuth: b && b.median > 0 ? t.median / b.median : null,
          bareTRPC: bareTRPC.median > 0 ? t.median / bareTRPC.median : 0,
          bareNode: bareNodeFigures.median > 0 ? t.median / bareNodeFigures.median : 0,
        },
        runs,
      });
    }
    const all = levels.flatMap((l) => [
      ...l.runs.twofold,
      ...l.runs.betterAuth,
      ...l.runs.bareTRPC,
      ...l.runs.bareNode,
    ]);
    const firstFailure = all.find((r) => r.firstFailure)?.firstFailure ?? null;
    await settle(() => server.cpuMs());
    return {
      database: kind,
      seededAccounts: total,
      seedMs,
      levels,
      errors: failures(all),
      firstFailure,
      serverOutput: server.output(),
      peerOutput: peerOutput(),
    };
  } finally {
    await stopAll();
    cleanups.delete(stopAll);
  }
}
