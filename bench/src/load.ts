import { fork } from "node:child_process";
import { once } from "node:events";
import type { LatencySummary } from "./stats";

/** Replaced in a request's body by the current TOTP code of its key when the request is built. */
export const CODE_PLACEHOLDER = "%CODE%";

/** One request that finishes one pending sign-in; plain data, it crosses to the load process. */
export interface LoadRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  /** Body with CODE_PLACEHOLDER where the code goes, e.g. `{"code":"%CODE%"}`. */
  body: string;
  /** TOTP key bytes, hex (RFC 6238: HMAC-SHA1, 6 digits, 30 s steps). */
  totpKey: string;
}

/** What counts as a successful verification: this status, and the body part or cookie named. */
export interface LoadSuccess {
  status: number;
  /** The response body must contain this (Twofold: `"status":"authenticated"`). */
  bodyIncludes?: string;
  /** A Set-Cookie of this name with a non-empty value must be in the response (better-auth). */
  setCookie?: string;
}

/** One load run: each request is sent exactly once, in order. */
export interface LoadJob {
  url: string;
  requests: LoadRequest[];
  success: LoadSuccess;
  connections: number;
  /** The run stops after this even if requests are left. */
  maxDurationMs: number;
}

export interface LoadResult {
  connections: number;
  /** Requests reserved for the run (= autocannon's `amount`). */
  planned: number;
  /** Responses received. */
  responses: number;
  /** Successful verifications (see LoadSuccess). */
  succeeded: number;
  /** Responses that were not a successful verification. */
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
  /** True when maxDurationMs ended the run before every request was sent. */
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

/** autocannon in a child process: Twofold's runs and the peer's are the same measurement. */
export function runLoad(job: LoadJob): Promise<LoadResult> {
  return inChildProcess<LoadJob, LoadResult>(WORKER, job);
}
