import { fork } from "node:child_process";
import { once } from "node:events";
import type { SignInPair } from "./seed";
import type { LatencySummary } from "./stats";

/** One load run: each pair is spent by exactly one request. */
export interface LoadJob {
  url: string;
  pairs: SignInPair[];
  connections: number;
  /** The run stops after this even if pairs are left. */
  maxDurationMs: number;
}

export interface LoadResult {
  connections: number;
  /** Pairs reserved for the run (= autocannon's `amount`). */
  planned: number;
  /** Responses received. */
  responses: number;
  /** HTTP 200 with `status: "authenticated"`. */
  succeeded: number;
  /** Responses that were not a successful verification (non-2xx or an unexpected body). */
  failed: number;
  /** Connection errors and timeouts (autocannon's `errors`, which include `timeouts`). */
  connectionErrors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** Status and body of the first failed response. */
  firstFailure: string | null;
  /** From the start of the run to the last response. */
  elapsedMs: number;
  /** Successful verifications per second over elapsedMs. */
  requestsPerSecond: number;
  latencyMs: LatencySummary;
  /** True when maxDurationMs ended the run before every pair was spent. */
  capped: boolean;
}

const WORKER = new URL("./load-worker.ts", import.meta.url);

/**
 * Runs a load worker in a child process (node with this process's flags, so tsx loads it),
 * away from the heap of the seeding process: sends it one job, resolves to its one answer.
 */
export async function inChildProcess<Job, Result>(worker: URL, job: Job): Promise<Result> {
  const child = fork(worker, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = once(child, "exit");
  const answered = once(child, "message") as Promise<[Result]>;
  child.send(job as object);
  const [result] = await Promise.race([
    answered,
    exited.then(([code]) => {
      throw new Error(`the load generator exited with ${String(code)} before answering`);
    }),
  ]);
  await exited;
  return result;
}

export function runLoad(job: LoadJob): Promise<LoadResult> {
  return inChildProcess<LoadJob, LoadResult>(WORKER, job);
}
