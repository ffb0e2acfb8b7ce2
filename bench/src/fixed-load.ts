import { fork } from "node:child_process";
import { once } from "node:events";
import type { LatencySummary } from "./stats";

/** The same POST, again and again, for a fixed time (a check that spends nothing). */
export interface FixedLoadJob {
  url: string;
  headers: Record<string, string>;
  body: string;
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
export async function runFixedLoad(job: FixedLoadJob): Promise<FixedLoadResult> {
  const child = fork(WORKER, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = once(child, "exit");
  const answered = once(child, "message") as Promise<[FixedLoadResult]>;
  child.send(job);
  const [result] = await Promise.race([
    answered,
    exited.then(([code]) => {
      throw new Error(`the load generator exited with ${String(code)} before answering`);
    }),
  ]);
  await exited;
  return result;
}
