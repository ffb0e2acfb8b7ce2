import { problemOf, type ApiClient } from "@twofold/client";

type PushStatus = Awaited<ReturnType<ApiClient["auth"]["pushResult"]["query"]>>["status"];
export type PushAnswer = Exclude<PushStatus, "pending">;

/** One question to the server: `auth.pushResult` (a sign-in) or `account.stepUpPushResult`. */
export type AskPushResult = (
  input: { requestId: string; waitSeconds: number },
  options: { signal: AbortSignal },
) => Promise<{ status: PushStatus }>;

/** The question of a sign-in's push (the default of `waitForPushAnswer`). */
export const signInPushResult =
  (api: ApiClient): AskPushResult =>
  (input, options) =>
    api.auth.pushResult.query(input, options);

/** The question of a step-up's push. */
export const stepUpPushResult =
  (api: ApiClient): AskPushResult =>
  (input, options) =>
    api.account.stepUpPushResult.query(input, options);

/** How long the server may hold one question (`waitSeconds` of the API, at most 25). */
export const WAIT_SECONDS = 20;
/** A "nothing yet" that comes back faster than this is followed by a pause (an old server). */
const MIN_ASK_MS = 1_000;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 8_000;
const PASSING: readonly string[] = ["NETWORK", "SERVICE_UNAVAILABLE"];

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), done()), { once: true });
  });
}

/**
 * Waits for the device's answer to a push request: asks with a wait (a long poll, answered
 * within moments of the answer, about one request per 20 s meanwhile), again and again while
 * it is pending. The network failing (or the server briefly unavailable) is retried with a
 * growing pause, told through `onRetry`; any other failure is thrown. Null once `signal` aborts.
 * `ask` puts the question (a sign-in's by default; a step-up's with `stepUpPushResult`).
 */
export async function waitForPushAnswer(options: {
  api: ApiClient;
  requestId: string;
  signal: AbortSignal;
  onRetry?: (retrying: boolean) => void;
  ask?: AskPushResult;
}): Promise<PushAnswer | null> {
  const { api, requestId, signal } = options;
  const ask = options.ask ?? signInPushResult(api);
  let retryMs = FIRST_RETRY_MS;
  while (!signal.aborted) {
    const askedAt = Date.now();
    try {
      const { status } = await ask({ requestId, waitSeconds: WAIT_SECONDS }, { signal });
      options.onRetry?.(false);
      retryMs = FIRST_RETRY_MS;
      if (status !== "pending") return signal.aborted ? null : status;
      await pause(MIN_ASK_MS - (Date.now() - askedAt), signal);
    } catch (error) {
      if (signal.aborted) return null;
      if (!PASSING.includes(problemOf(error).reason)) throw error;
      options.onRetry?.(true);
      await pause(retryMs, signal);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  }
  return null;
}
