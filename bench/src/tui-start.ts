import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../apps/tui/dist/cli.js", import.meta.url));

/** The goal of the terminal issue: the first full frame within 400 ms of starting. */
export const TUI_FIRST_FRAME_GOAL_MS = 400;

export interface TUIStartReport {
  runs: number;
  p50Ms: number;
  maxMs: number;
  goalMs: number;
  withinGoal: boolean;
}

const tmux = (...args: string[]): string => execFileSync("tmux", args, { encoding: "utf8" });

/**
 * Starts the built terminal app in tmux (80×24, signed out) `runs` times and measures the time
 * from the start command to the first complete frame: the menu and its keys line on screen.
 * Null when the app is not built or tmux is missing.
 */
export function measureTUIStart(runs = 10): TUIStartReport | null {
  if (!existsSync(CLI)) return null;
  try {
    tmux("-V");
  } catch {
    return null;
  }
  const config = mkdtempSync(join(tmpdir(), "twofold-bench-tui-"));
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const name = `twofold-bench-${process.pid}-${i}`;
      const command = `XDG_CONFIG_HOME=${config} ${process.execPath} ${CLI} --server http://127.0.0.1:9; sleep 30`;
      const start = performance.now();
      tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command);
      try {
        for (;;) {
          const screen = tmux("capture-pane", "-p", "-t", name);
          if (screen.includes("Welcome to Twofold") && screen.includes("q quit")) break;
          if (performance.now() - start > 10_000) throw new Error(`no frame: ${screen}`);
        }
        times.push(performance.now() - start);
      } finally {
        tmux("kill-session", "-t", name);
      }
    }
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p50Ms = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  const maxMs = sorted[sorted.length - 1] ?? 0;
  return {
    runs,
    p50Ms,
    maxMs,
    goalMs: TUI_FIRST_FRAME_GOAL_MS,
    withinGoal: p50Ms <= TUI_FIRST_FRAME_GOAL_MS,
  };
}

export function describeTUIStart(report: TUIStartReport | null): string {
  if (!report) return "Terminal app first frame: not measured (build apps/tui; tmux needed)";
  return `Terminal app first frame: p50 ${report.p50Ms.toFixed(0)} ms, max ${report.maxMs.toFixed(0)} ms over ${report.runs} starts; goal ≤ ${report.goalMs} ms: ${report.withinGoal ? "met" : "MISSED"}`;
}
