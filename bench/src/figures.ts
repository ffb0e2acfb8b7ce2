// Summaries of repeated runs: each figure is the median of the runs, with min and max.

export interface Figures {
  median: number;
  min: number;
  max: number;
}

/** A rate over repeated runs, with the medians of their latency percentiles. */
export interface RateFigures extends Figures {
  p50Ms: number;
  p99Ms: number;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function figuresOf(values: readonly number[]): Figures {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : 0,
    max: values.length ? Math.max(...values) : 0,
  };
}

/** Runs that each measured requests per second and latency percentiles. */
export function rateFigures(
  runs: readonly { requestsPerSecond: number; latencyMs: { p50: number; p99: number } }[],
): RateFigures {
  return {
    ...figuresOf(runs.map((r) => r.requestsPerSecond)),
    p50Ms: median(runs.map((r) => r.latencyMs.p50)),
    p99Ms: median(runs.map((r) => r.latencyMs.p99)),
  };
}

/** Waits until a process's CPU time stops growing (a capped run leaves requests in flight). */
export async function settle(cpuMs: () => number | null): Promise<void> {
  const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
  const deadline = Date.now() + 10_000;
  let before = cpuMs();
  if (before === null) return sleep(2_000);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = cpuMs();
    if (now === null || now - before < 20) return;
    before = now;
  }
}
