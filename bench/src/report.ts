import type { AppPasswordReport } from "./app-passwords";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { DatabaseKind } from "@twofold/db";
import type { LoadResult } from "./load";
import type { BenchOptions } from "./options";
import type { PushBenchReport } from "./push";
import type { TUIStartReport } from "./tui-start";
import type { WebSizeReport } from "./web-size";

/** A load run and what it cost the server process. */
export interface RunReport extends LoadResult {
  /** Server CPU time (user + system) per response, ms: less sensitive to a busy machine than req/s. */
  serverCpuMsPerRequest: number | null;
}

export interface DatabaseReport {
  database: DatabaseKind;
  seededAccounts: number;
  seedMs: number;
  serverStartMs: number;
  warmup: RunReport;
  runs: RunReport[];
  /** What the server logged at LOG_LEVEL=warn (empty when all went well). */
  serverOutput: string;
}

export interface BenchReport {
  benchmark: "totp-verify";
  description: string;
  date: string;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryMiB: number;
    platform: string;
    node: string;
    gitCommit: string | null;
    /** 1-minute load average when the bench started. */
    loadAverage: number;
    /** Share of all CPUs busy during one second before the bench (Linux), 0..1: other work skews everything. */
    busyBeforeStart: number | null;
  };
  options: BenchOptions;
  databases: DatabaseReport[];
  /** The gzipped JavaScript the web app's first page loads (null when it is not built). */
  webFirstPageJS: WebSizeReport | null;
  /** From starting the terminal app to its first full frame (null when not measured). */
  tuiFirstFrame: TUIStartReport | null;
  /** Push delivery and approval latency with many devices on one gateway (null: not run). */
  push: PushBenchReport | null;
  /** Application-password checks through POST /sync/check against a bare Node server (null: not run). */
  appPasswords: AppPasswordReport | null;
}

/** Busy share of all CPUs over `ms`, from /proc/stat; null where there is none. */
export async function cpuBusyShare(ms = 1_000): Promise<number | null> {
  const sample = (): { busy: number; total: number } | null => {
    try {
      const [cpu] = readFileSync("/proc/stat", "utf8").split("\n");
      // cpu user nice system idle iowait irq softirq steal ...
      const ticks = (cpu ?? "").trim().split(/\s+/).slice(1).map(Number);
      const total = ticks.reduce((a, b) => a + b, 0);
      const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
      return { busy: total - idle, total };
    } catch {
      return null;
    }
  };
  const before = sample();
  await new Promise((done) => setTimeout(done, ms));
  const after = sample();
  if (!before || !after || after.total === before.total) return null;
  return Math.round(((after.busy - before.busy) / (after.total - before.total)) * 100) / 100;
}

export async function machineInfo(): Promise<BenchReport["machine"]> {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? "unknown",
    totalMemoryMiB: Math.round(totalmem() / 2 ** 20),
    platform: `${platform()} ${release()}`,
    node: process.version,
    gitCommit: gitCommit(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    busyBeforeStart: await cpuBusyShare(),
  };
}

function gitCommit(): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty =
      execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${head}+dirty` : head;
  } catch {
    return null;
  }
}

/** Errors of a run: responses that were not a successful verification, and lost requests. */
export function errorCount(run: LoadResult): number {
  return run.failed + run.connectionErrors;
}

const ms = (value: number): string => value.toFixed(2);
const int = (value: number): string => Math.round(value).toLocaleString("en-US");

export function markdownTable(report: BenchReport): string {
  const lines = [
    "| database | concurrency | req/s | p50 ms | p99 ms | requests | errors |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const db of report.databases) {
    for (const run of db.runs) {
      const requests = `${int(run.responses)}${run.capped ? " (capped)" : ""}`;
      lines.push(
        `| ${db.database} | ${run.connections} | ${int(run.requestsPerSecond)} | ${ms(run.latencyMs.p50)} | ${ms(run.latencyMs.p99)} | ${requests} | ${errorCount(run)} |`,
      );
    }
  }
  return lines.join("\n");
}
