import { useEffect, useRef } from "react";
import { problemOf, type Problem } from "./api";

/** How long the server may hold one question (`waitSeconds` of the API, at most 25). */
export const WAIT_SECONDS = 20;
/** A "nothing yet" that comes back faster than this is followed by a pause (an old server). */
const MIN_ASK_MS = 1_000;
/** After a failure that may pass (network, server briefly unavailable): 0.5 s, 1 s, ... 8 s. */
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 8_000;
const PASSING: readonly string[] = ["NETWORK", "SERVICE_UNAVAILABLE"];

interface LongPoll<T> {
  /** One question that the server holds until something changes (or its wait ends). */
  ask: (key: string, signal: AbortSignal) => Promise<T>;
  /** Its answer: true asks again at once, false stops. */
  onAnswer: (answer: T) => boolean;
  /** A failure that will not pass by asking again; asking stops. */
  onProblem: (problem: Problem) => void;
}

/**
 * Asks the server with a wait (a long poll) while `key` is not null: the server answers as soon
 * as the thing asked about changes, so the page learns it within moments with about one
 * request per wait instead of one per second. A network failure is retried with a growing
 * pause. A key change or unmount aborts the question under way (its answer is dropped).
 */
export function useLongPoll<T>(key: string | null, poll: LongPoll<T>): void {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const pause = (ms: number): Promise<void> =>
      new Promise((done) => {
        const timer = setTimeout(done, ms);
        controller.signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
      });
    const loop = async (): Promise<void> => {
      let retryMs = FIRST_RETRY_MS;
      while (!controller.signal.aborted) {
        const askedAt = Date.now();
        try {
          const answer = await latest.current.ask(key, controller.signal);
          if (controller.signal.aborted) return;
          if (!latest.current.onAnswer(answer)) return;
          retryMs = FIRST_RETRY_MS;
          const early = MIN_ASK_MS - (Date.now() - askedAt);
          if (early > 0) await pause(early);
        } catch (error) {
          if (controller.signal.aborted) return;
          const problem = problemOf(error);
          if (!PASSING.includes(problem.reason)) return latest.current.onProblem(problem);
          await pause(retryMs);
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
        }
      }
    };
    void loop();
    return () => controller.abort();
  }, [key]);
}
