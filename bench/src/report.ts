import type { AppPasswordReport } from "./app-passwords";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { Argon2Report } from "./argon2";
import type { AuthenticatorSizeReport } from "./authenticator-size";
import type { AuthenticatorStartReport } from "./authenticator-start";
import type { RateFigures } from "./figures";
import type { OidcReport } from "./oidc";
import type { BenchOptions } from "./options";
import type { PushBenchReport } from "./push";
import type { PushWaitBenchReport } from "./push-wait";
import type { ServerStartReport } from "./server-start";
import type { TOTPComparison } from "./totp-compare";
import type { TUIStartReport } from "./tui-start";
import type { WebSizeReport } from "./web-size";
import type { WebWireReport } from "./web-wire";

export interface BenchReport {
  benchmark: "twofold";
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
  /** Each goal of issue 10, met or not, as measured in this run. */
  goals: Goal[];
  /** TOTP verification per database, beside better-auth, a bare tRPC procedure and bare Node. */
  totp: TOTPComparison[];
  argon2: Argon2Report | null;
  serverStart: ServerStartReport | null;
  /** The gzipped JavaScript the web app's first page loads (null when it is not built). */
  webFirstPageJS: WebSizeReport | null;
  /** The first page's HTML, JS and CSS as the server sends them to a browser (null: not built). */
  webWire: WebWireReport | null;
  /** From starting the terminal app to its first full frame (null when not measured). */
  tuiFirstFrame: TUIStartReport | null;
  /** The phone authenticator's JavaScript, gzipped (null when it is not built). */
  authenticatorJS: AuthenticatorSizeReport | null;
  /** Its first screen on a throttled phone profile (null when not measured). */
  authenticatorStart: AuthenticatorStartReport | null;
  /** Push delivery and approval latency with many devices on one gateway (null: not run). */
  push: PushBenchReport | null;
  /** Device answer -> waiting sign-in, long poll vs polling, and requests per minute (null: not run). */
  pushWait?: PushWaitBenchReport | null;
  /** Application-password checks through POST /sync/check against a bare Node server (null: not run). */
  appPasswords: AppPasswordReport | null;
  /**
   * The OpenID Connect provider on the sync check's server: token introspection beside the sync
   * check, and full code flows (null: not run).
   */
  oidc: OidcReport | null;
}

export interface Goal {
  measure: string;
  value: string;
  goal: string;
  met: boolean;
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

const int = (value: number): string => Math.round(value).toLocaleString("en-US");
const x = (value: number | null): string => (value === null ? "n/a" : `${value.toFixed(2)}×`);

/** A size budget: the gzipped bytes against the goal the measure itself judged. */
const sizeGoal = (
  measure: string,
  size: { gzipBytes: number; withinGoal: boolean },
  goal: string,
): Goal => ({
  measure,
  value: `${(size.gzipBytes / 1024).toFixed(1)} KB`,
  goal,
  met: size.withinGoal,
});

/** Every goal, from the figures of this run (a goal not measured is left out). */
export function goalsOf(report: Omit<BenchReport, "goals">): Goal[] {
  const goals: Goal[] = [];
  for (const db of report.totp) {
    for (const level of db.levels) {
      const at = `${db.database}, ${level.connections} conn.`;
      if (level.ratios.betterAuth !== null)
        goals.push({
          measure: `TOTP verify vs better-auth (${at})`,
          value: x(level.ratios.betterAuth),
          goal: "≥ 3×",
          met: level.ratios.betterAuth >= 3,
        });
      goals.push({
        measure: `TOTP verify vs bare tRPC procedure (${at})`,
        value: x(level.ratios.bareTRPC),
        goal: "≥ 0.5×",
        met: level.ratios.bareTRPC >= 0.5,
      });
    }
  }
  const a = report.appPasswords;
  if (a)
    goals.push({
      measure: "Application-password check vs bare Node",
      value: x(a.ratio),
      goal: "≥ 0.33×",
      met: a.ratio >= 1 / 3,
    });
  const i = report.oidc?.introspection;
  if (i)
    goals.push({
      measure: "Token introspection vs application-password check",
      value: x(i.ratio),
      goal: "≥ 0.5×",
      met: i.ratio >= 0.5,
    });
  const p = report.push;
  if (p)
    goals.push({
      measure: `Gateway memory per connection (${int(p.connectedDevices)} devices)`,
      value: `${(p.gatewayBytesPerConnection / 1024).toFixed(1)} KB`,
      goal: "< 20 KB",
      met: p.gatewayBytesPerConnection < p.goalBytesPerConnection,
    });
  const pw = report.pushWait;
  if (pw)
    goals.push({
      measure: "Push answer -> waiting sign-in (long poll, p95)",
      value: `${pw.longPollMs.p95.toFixed(1)} ms (${pw.longPollPerMinute.toFixed(1)} req/min; polling: ${pw.pollingPerMinute.toFixed(0)})`,
      goal: "< 200 ms",
      met: pw.longPollMs.p95 < pw.goalMs,
    });
  const w = report.webFirstPageJS;
  if (w) goals.push(sizeGoal("Web first page JavaScript (gzip)", w, "< 150 KB"));
  const t = report.tuiFirstFrame;
  if (t)
    goals.push({
      measure: "Terminal app first frame (p50)",
      value: `${int(t.p50Ms)} ms (bare node: ${int(t.bareNodeP50Ms)} ms)`,
      goal: "< 400 ms",
      met: t.withinGoal,
    });
  const aj = report.authenticatorJS;
  const ajMeasure = "Phone authenticator JavaScript (gzip, without the lazy QR decoder)";
  if (aj) goals.push(sizeGoal(ajMeasure, aj, "≤ 60 KB"));
  const as = report.authenticatorStart;
  if (as)
    goals.push({
      measure: "Phone authenticator first screen, first visit (CPU 4×, Fast 3G, p50)",
      value: `${int(as.coldP50Ms)} ms (network floor ${int(as.networkFloorMs)} ms, gzipped ${int(as.networkFloorIfGzippedMs)} ms; installed: ${int(as.warmP50Ms)} ms)`,
      goal: "< 1,500 ms",
      met: as.withinGoal,
    });
  const s = report.serverStart;
  if (s)
    goals.push({
      measure: "Server start to healthy (warm, median)",
      value: `${(s.warmMs.median / 1000).toFixed(2)} s`,
      goal: "< 2 s",
      met: s.warmMs.median < 2_000,
    });
  return goals;
}

const spread = (f: RateFigures): string => `${int(f.median)} (${int(f.min)}–${int(f.max)})`;
const latency = (f: RateFigures): string => `${f.p50Ms.toFixed(1)} / ${f.p99Ms.toFixed(1)}`;

export function totpTable(report: BenchReport): string {
  const lines = [
    "| database | conn. | Twofold req/s | better-auth req/s | bare tRPC req/s | bare Node req/s | ÷ better-auth | ÷ bare tRPC | Twofold p50 / p99 ms | better-auth p50 / p99 ms | server CPU ms/req (Twofold / better-auth) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const cpu = (v: number | null | undefined): string => (v == null ? "n/a" : v.toFixed(2));
  for (const db of report.totp) {
    for (const l of db.levels) {
      lines.push(
        `| ${db.database} | ${l.connections} | ${spread(l.twofold)} | ${l.betterAuth ? spread(l.betterAuth) : "n/a"} | ` +
          `${spread(l.bareTRPC)} | ${spread(l.bareNode)} | ${x(l.ratios.betterAuth)} | ${x(l.ratios.bareTRPC)} | ` +
          `${latency(l.twofold)} | ${l.betterAuth ? latency(l.betterAuth) : "n/a"} | ` +
          `${cpu(l.twofold.cpuMsPerRequest)} / ${cpu(l.betterAuth?.cpuMsPerRequest)} |`,
      );
    }
  }
  return lines.join("\n");
}

export function goalsTable(goals: readonly Goal[]): string {
  return [
    "| measure | this run | goal | met |",
    "|---|---:|---:|:---:|",
    ...goals.map((g) => `| ${g.measure} | ${g.value} | ${g.goal} | ${g.met ? "yes" : "**no**"} |`),
  ].join("\n");
}
