// `pnpm bench`: Twofold side by side with better-auth, a bare tRPC procedure and bare Node, and
// the other figures of issue 10, in one run. See ../README.md for what is measured and how.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeAppPasswords, runSyncCheckBench } from "./app-passwords";
import { describeArgon2, measureArgon2 } from "./argon2";
import { describeAuthenticatorJS, measureAuthenticatorJS } from "./authenticator-size";
import { describeAuthenticatorStart, measureAuthenticatorStart } from "./authenticator-start";
import { startBareNode } from "./bare-node";
import { CODE_FLOW_WORKERS, describeCodeFlows, describeIntrospection } from "./oidc";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import { describePush, runPushBench } from "./push";
import { describePushWait, runPushWaitBench } from "./push-wait";
import { goalsOf, goalsTable, machineInfo, totpTable, type BenchReport } from "./report";
import { startBuiltServer } from "./server";
import { runSoak } from "./soak/soak";
import { soakGoals, soakMarkdown } from "./soak/report";
import { describeServerStart, measureServerStart } from "./server-start";
import { compareTOTP } from "./totp-compare";
import { describeTUIStart, measureTUIStart } from "./tui-start";
import { describeWebSize, measureFirstPageJS } from "./web-size";
import { describeWebWire, measureWebWire } from "./web-wire";

const BENCH_DIR = fileURLToPath(new URL("../", import.meta.url));
const RESULTS_DIR = `${BENCH_DIR}results/`;

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Cleanups still due if the run is interrupted (server children, temporary databases). */
const pendingCleanups = new Set<() => Promise<void>>();

async function collect(options: BenchOptions): Promise<BenchReport> {
  const machine = await machineInfo();
  if (machine.busyBeforeStart !== null && machine.busyBeforeStart > 0.2) {
    progress(
      `warning: ${Math.round(machine.busyBeforeStart * 100)}% of the CPUs were busy before the start; figures will be low and noisy`,
    );
  }
  const q = options.quick;
  progress("web app: first-page JavaScript; terminal app: start to first frame");
  const webFirstPageJS = measureFirstPageJS();
  const webWire = await measureWebWire();
  const tuiFirstFrame = measureTUIStart(q ? 3 : 10);
  progress("phone authenticator: JavaScript size; first screen on a throttled phone");
  const authenticatorJS = measureAuthenticatorJS();
  const authenticatorStart = await measureAuthenticatorStart(q ? 2 : 5);
  progress("server: start to healthy");
  const serverStart = await measureServerStart(q ? 2 : 5);
  progress("argon2id: password checks per second on one core");
  const argon2 = await measureArgon2(q ? 1 : 3, q ? 1_000 : 3_000);
  const push = await runPushBench({
    devices: q ? 1_000 : 10_000,
    samples: q ? 20 : 100,
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
  const pushWait = await runPushWaitBench({
    samples: q ? 10 : 50,
    windowSeconds: q ? 21 : 60,
    progress,
  });
  const { appPasswords, oidc } = await runSyncCheckBench({
    rounds: q ? 1 : 3,
    durationMs: q ? 2_000 : 5_000,
    connections: 16,
    progress,
    oidc: { flowWorkers: CODE_FLOW_WORKERS },
  });
  const bareNode = await startBareNode();
  const totp = [];
  try {
    for (const kind of options.databases)
      totp.push(await compareTOTP(kind, options, bareNode, progress, pendingCleanups));
  } finally {
    await bareNode.stop();
  }
  const partial = {
    benchmark: "twofold" as const,
    date: new Date().toISOString(),
    machine,
    options,
    totp,
    argon2,
    serverStart,
    webFirstPageJS,
    webWire,
    tuiFirstFrame,
    authenticatorJS,
    authenticatorStart,
    push,
    pushWait,
    appPasswords,
    oidc,
  };
  return { ...partial, goals: goalsOf(partial) };
}

/** The Markdown the README links: goals, the TOTP table, and every other figure. */
function markdown(report: BenchReport): string {
  const { machine: m, options: o } = report;
  const lines = [
    "# Twofold benchmark results",
    "",
    `\`pnpm bench${o.quick ? " -- --quick" : ""}\` on ${m.cpus} × ${m.cpuModel}, ${Math.round(m.totalMemoryMiB / 1024)} GiB, Node ${m.node}, ` +
      `commit ${m.gitCommit ?? "?"}, ${report.date.slice(0, 16).replace("T", " ")} UTC. ` +
      `Every figure is the median of ${o.rounds} run(s) (min–max); the raw figures are in [results.json](results.json). ` +
      "What is measured and how: [README.md](README.md).",
    "",
    "## Goals",
    "",
    goalsTable(report.goals),
    "",
    `## TOTP sign-in verification (${o.perRun} sign-ins per run, ${o.runMs / 1000} s cap)`,
    "",
    totpTable(report),
    "",
    "## Other figures",
    "",
    ...[
      report.argon2 && describeArgon2(report.argon2),
      report.serverStart && describeServerStart(report.serverStart),
      describeWebSize(report.webFirstPageJS),
      describeWebWire(report.webWire),
      describeTUIStart(report.tuiFirstFrame),
      describeAuthenticatorJS(report.authenticatorJS),
      describeAuthenticatorStart(report.authenticatorStart),
      report.push && describePush(report.push),
      report.pushWait && describePushWait(report.pushWait),
      report.appPasswords && describeAppPasswords(report.appPasswords),
    ]
      .filter((line): line is string => typeof line === "string")
      .map((line) => `- ${line.replaceAll("\n", "\n  ")}`),
    "",
    ...(report.oidc
      ? [
          "## OpenID Connect",
          "",
          `- ${describeIntrospection(report.oidc.introspection)}`,
          `- ${describeCodeFlows(report.oidc.codeFlows)}`,
          "",
        ]
      : []),
  ];
  return lines.join("\n");
}

/** `--soak`: writes soak.json and SOAK.md; exit code 1 when a goal was missed. */
async function soak(minutes: number, out: string): Promise<number> {
  const report = await runSoak({ minutes, progress, cleanups: pendingCleanups });
  const date = new Date().toISOString();
  const machine = await machineInfo();
  writeFileSync(`${out}soak.json`, `${JSON.stringify({ date, machine, ...report }, null, 2)}\n`);
  const md = soakMarkdown(report, machine, date);
  writeFileSync(`${out}SOAK.md`, md);
  process.stdout.write(`\n${md}\nWritten: ${out}soak.json, ${out}SOAK.md\n`);
  return soakGoals(report).every((g) => g.met) ? 0 : 1;
}

async function main(): Promise<number> {
  let options: BenchOptions | "help";
  try {
    // pnpm passes a `--` separator through to the script: there are no positional arguments.
    const args = process.argv.slice(2).filter((arg) => arg !== "--");
    options = parseOptions(args, process.env, { bench: BENCH_DIR, results: RESULTS_DIR });
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

  mkdirSync(options.outDir, { recursive: true });
  const out = options.outDir.endsWith("/") ? options.outDir : `${options.outDir}/`;
  if (options.soak) return soak(options.soak.minutes, out);
  const report = await collect(options);
  writeFileSync(`${out}results.json`, `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  writeFileSync(`${out}RESULTS.md`, md);
  process.stdout.write(`\n${md}\nWritten: ${out}results.json, ${out}RESULTS.md\n`);

  for (const db of report.totp) {
    if (db.serverOutput.trim())
      progress(`[${db.database}] server output:\n${db.serverOutput.slice(0, 2_000)}`);
  }
  const failed = report.totp.filter((db) => db.errors > 0);
  if (failed.length > 0) {
    process.stderr.write(
      `\n${failed.length} database run(s) had errors; first failure: ${failed[0]?.firstFailure ?? "connection errors"}\n`,
    );
    return 1;
  }
  return 0;
}

// Exits explicitly once everything is written and stopped: a socket some client library keeps
// open (the push bench's thousands of devices, keep-alive agents) must not hold the run open.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
