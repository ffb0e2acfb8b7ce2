import { execFileSync } from "node:child_process";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { DatabaseKind } from "@twofold/db";
import type { LoadResult } from "./load";
import type { BenchOptions } from "./options";

export interface DatabaseReport {
  database: DatabaseKind;
  seededAccounts: number;
  seedMs: number;
  serverStartMs: number;
  warmup: LoadResult;
  runs: LoadResult[];
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
    /** 1-minute load average when the bench started: other work on the machine skews everything. */
    loadAverage: number;
  };
  options: BenchOptions;
  databases: DatabaseReport[];
}

export function machineInfo(): BenchReport["machine"] {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? "unknown",
    totalMemoryMiB: Math.round(totalmem() / 2 ** 20),
    platform: `${platform()} ${release()}`,
    node: process.version,
    gitCommit: gitCommit(),
    loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

function gitCommit(): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
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
