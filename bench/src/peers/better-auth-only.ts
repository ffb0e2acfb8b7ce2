// `pnpm --filter @twofold/bench exec tsx src/peers/better-auth-only.ts [-- options]`: better-auth's
// TOTP sign-in verification alone (POST /api/auth/two-factor/verify-totp), per concurrency level.
import { inspect, parseArgs } from "node:util";
import type { LoadResult } from "../load";
import { startBetterAuthPeer, type BetterAuthPeer } from "./better-auth";
import { runPeerLoad } from "./peer-load";

const USAGE = `Usage: tsx src/peers/better-auth-only.ts [options]
  --quick            200 requests per level, 50 warm-up requests, 5 s cap
  --accounts N       requests (seeded pending sign-ins) per level (default 5000)
  --warmup N         warm-up requests at 16 connections before the levels (default 1000)
  --levels 1,16,64   concurrency levels (connections)
  --duration S       cap of each run in seconds (default 15)`;

const WARMUP_CONNECTIONS = 16;

interface Options {
  perLevel: number;
  warmup: number;
  levels: number[];
  maxDurationMs: number;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
  return n;
}

function parseOptions(argv: string[]): Options | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      accounts: { type: "string" },
      warmup: { type: "string" },
      levels: { type: "string", default: "1,16,64" },
      duration: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  const q = values.quick;
  const options = {
    perLevel: values.accounts ? positiveInt("accounts", values.accounts) : q ? 200 : 5_000,
    warmup: values.warmup ? positiveInt("warmup", values.warmup) : q ? 50 : 1_000,
    levels: values.levels.split(",").map((l) => positiveInt("levels", l.trim())),
    maxDurationMs: (values.duration ? positiveInt("duration", values.duration) : q ? 5 : 15) * 1000,
  };
  // autocannon refuses more connections than requests.
  const tooMany = options.levels.find((c) => c > options.perLevel);
  if (tooMany !== undefined) throw new Error(`concurrency ${tooMany} is more than --accounts`);
  if (options.warmup < WARMUP_CONNECTIONS)
    throw new Error(`--warmup must be at least ${WARMUP_CONNECTIONS}`);
  return options;
}

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Waits until the server's CPU time stops growing (a capped run leaves requests in flight). */
async function settle(peer: BetterAuthPeer): Promise<void> {
  const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
  const deadline = Date.now() + 10_000;
  let before = peer.cpuMs();
  if (before === null) return sleep(2_000);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = peer.cpuMs();
    if (now === null || now - before < 20) return;
    before = now;
  }
}

interface LevelRow {
  result: LoadResult;
  /** Server CPU time per successful verification, ms. */
  cpuMsPerRequest: number | null;
}

function table(rows: LevelRow[]): string {
  const n = (x: number, digits = 0): string =>
    x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const lines = [
    "| connections | verifications/s | p50 ms | p99 ms | requests | errors | server CPU ms/req |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const { result: r, cpuMsPerRequest } of rows) {
    const errors = r.failed + r.connectionErrors;
    lines.push(
      `| ${r.connections} | ${n(r.requestsPerSecond)}${r.capped ? " (capped)" : ""} | ` +
        `${n(r.latencyMs.p50, 2)} | ${n(r.latencyMs.p99, 2)} | ${n(r.responses)} | ${errors} | ` +
        `${cpuMsPerRequest === null ? "n/a" : n(cpuMsPerRequest, 2)} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2).filter((a) => a !== "--"));
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const total = options.warmup + options.perLevel * options.levels.length;
  progress(`[better-auth] seeding ${total.toLocaleString("en-US")} pending two-factor sign-ins`);
  const seedStart = performance.now();
  const peer = await startBetterAuthPeer(total);
  progress(
    `[better-auth] seeded and started in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );
  const rows: LevelRow[] = [];
  try {
    let used = 0;
    const slice = (n: number) => peer.requests.slice(used, (used += n));
    const job = (connections: number, n: number) => ({
      url: peer.url,
      requests: slice(n),
      success: peer.success,
      connections,
      maxDurationMs: options.maxDurationMs,
    });
    const warm = await runPeerLoad(job(WARMUP_CONNECTIONS, options.warmup));
    progress(`[better-auth] warm-up: ${Math.round(warm.requestsPerSecond)} req/s`);
    await settle(peer);
    for (const connections of options.levels) {
      const cpuBefore = peer.cpuMs();
      const result = await runPeerLoad(job(connections, options.perLevel));
      const cpuAfter = peer.cpuMs();
      const cpuMsPerRequest =
        cpuBefore !== null && cpuAfter !== null && result.succeeded > 0
          ? (cpuAfter - cpuBefore) / result.succeeded
          : null;
      rows.push({ result, cpuMsPerRequest });
      progress(
        `[better-auth] ${connections} connections: ${Math.round(result.requestsPerSecond)} req/s, ` +
          `p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms` +
          `${result.firstFailure ? `; first failure: ${result.firstFailure}` : ""}`,
      );
      await settle(peer);
    }
  } finally {
    const logged = peer.output().trim();
    if (logged) progress(`[better-auth] server output:\n${logged.slice(0, 2_000)}`);
    await peer.stop();
  }
  process.stdout.write(
    `better-auth two-factor verify-totp (PGlite, drizzle adapter):\n${table(rows)}\n`,
  );
  return rows.some((r) => r.result.failed + r.result.connectionErrors > 0) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // inspect() prints the stack and the cause chain.
    process.stderr.write(`${inspect(error)}\n`);
    process.exit(1);
  },
);
