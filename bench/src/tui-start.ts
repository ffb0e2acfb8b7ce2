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
  /**
   * The floor in the same run: a bare `node -e` that prints the same words, through the same
   * tmux harness (Node's own start, tmux, the polling).
   */
  bareNodeP50Ms: number;
  goalMs: number;
  withinGoal: boolean;
}

const tmux = (...args: string[]): string => execFileSync("tmux", args, { encoding: "utf8" });

/**
 * Runs `command` in a new 80×24 tmux session `runs` times: ms until the frame is on screen. Each
 * run has its own tmux server (its own socket, started and ended with the run, as for a person
 * opening a terminal): on a shared one, a session that starts while the server of the last one is
 * exiting fails with "server exited unexpectedly".
 */
function timesToFrame(command: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const name = `twofold-bench-${process.pid}-${i}`;
    const start = performance.now();
    tmux(
      "-L",
      name,
      "-f",
      "/dev/null",
      "new-session",
      "-d",
      "-s",
      name,
      "-x",
      "80",
      "-y",
      "24",
      command,
    );
    try {
      for (;;) {
        const screen = tmux("-L", name, "capture-pane", "-p", "-t", name);
        if (screen.includes("Welcome to Twofold") && screen.includes("q quit")) break;
        if (performance.now() - start > 10_000) throw new Error(`no frame: ${screen}`);
      }
      times.push(performance.now() - start);
    } finally {
      tmux("-L", name, "kill-server");
    }
  }
  return times;
}

const p50 = (times: number[]): number =>
  [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)] ?? 0;

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
  try {
    const app = timesToFrame(
      `XDG_CONFIG_HOME=${config} ${process.execPath} ${CLI} --server http://127.0.0.1:9; sleep 30`,
      runs,
    );
    const bare = timesToFrame(
      `${process.execPath} -e "console.log('Welcome to Twofold  q quit')"; sleep 30`,
      runs,
    );
    const p50Ms = p50(app);
    return {
      runs,
      p50Ms,
      maxMs: Math.max(...app),
      bareNodeP50Ms: p50(bare),
      goalMs: TUI_FIRST_FRAME_GOAL_MS,
      withinGoal: p50Ms <= TUI_FIRST_FRAME_GOAL_MS,
    };
  } finally {
    rmSync(config, { recursive: true, force: true });
  }
}

export function describeTUIStart(report: TUIStartReport | null): string {
  if (!report) return "Terminal app first frame: not measured (build apps/tui; tmux needed)";
  return `Terminal app first frame: p50 ${report.p50Ms.toFixed(0)} ms, max ${report.maxMs.toFixed(0)} ms over ${report.runs} starts (a bare \`node -e\` through the same harness: p50 ${report.bareNodeP50Ms.toFixed(0)} ms); goal ≤ ${report.goalMs} ms: ${report.withinGoal ? "met" : "MISSED"}`;
}
