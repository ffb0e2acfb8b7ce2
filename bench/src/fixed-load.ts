import { inChildProcess } from "./load";
import type { LatencySummary } from "./stats";

/** The same POST, again and again, for a fixed time (a check that spends nothing). */
export interface FixedLoadJob {
  url: string;
  /** POST (the default) sends `body`; GET sends none. */
  method?: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** A 200 whose body contains this counts as a success. */
  expect: string;
  connections: number;
  durationMs: number;
}

export interface FixedLoadResult {
  connections: number;
  ok: number;
  other: number;
  errors: number;
  firstFailure: string | null;
  requestsPerSecond: number;
  latencyMs: LatencySummary;
}

const WORKER = new URL("./fixed-load-worker.ts", import.meta.url);

/** Runs autocannon in a child process: the load never shares a CPU queue with the measuring process. */
export function runFixedLoad(job: FixedLoadJob): Promise<FixedLoadResult> {
  return inChildProcess<FixedLoadJob, FixedLoadResult>(WORKER, job);
}
