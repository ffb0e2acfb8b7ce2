import { inChildProcess, type LoadResult } from "../load";

/** Replaced in a request's body by the current TOTP code of its key when the request is built. */
export const CODE_PLACEHOLDER = "%CODE%";

/** One request that finishes one pending sign-in; plain data, it crosses to the load process. */
export interface PeerRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  /** Body with CODE_PLACEHOLDER where the code goes, e.g. `{"code":"%CODE%"}`. */
  body: string;
  /** TOTP key bytes, hex (RFC 6238: HMAC-SHA1, 6 digits, 30 s steps). */
  totpKey: string;
}

/** What counts as a successful verification. */
export interface PeerSuccess {
  status: number;
  /** A Set-Cookie of this name with a non-empty value must be in the response (the new session). */
  setCookie: string;
}

/** One load run: each request is sent exactly once, in order. */
export interface PeerLoadJob {
  url: string;
  requests: PeerRequest[];
  success: PeerSuccess;
  connections: number;
  /** The run stops after this even if requests are left. */
  maxDurationMs: number;
}

const WORKER = new URL("./peer-load-worker.ts", import.meta.url);

/**
 * Runs autocannon in a child process, like the Twofold runs (`runLoad`), and answers with the
 * same figures (`LoadResult`): rows of both fit one table.
 */
export function runPeerLoad(job: PeerLoadJob): Promise<LoadResult> {
  return inChildProcess<PeerLoadJob, LoadResult>(WORKER, job);
}
