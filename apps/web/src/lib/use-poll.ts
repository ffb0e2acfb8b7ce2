import { useEffect, useRef } from "react";
import { problemOf, type Problem } from "./api";

/** Every 1.5 s, as the API's polled procedures expect. */
export const POLL_MS = 1500;

interface Poll<T> {
  /** One question to the server, about `key`. */
  ask: (key: string) => Promise<T>;
  /** Its answer: true asks again after the interval, false stops. */
  onAnswer: (answer: T) => boolean;
  /** A failure other than the network (which only waits and asks again); polling stops. */
  onProblem: (problem: Problem) => void;
}

/**
 * Asks the server every `everyMs` while `key` is not null: one question at a time (the next is
 * planned when the answer is in), and nothing more once the key changes or the page unmounts
 * (an answer arriving after that is dropped).
 */
export function usePoll<T>(key: string | null, poll: Poll<T>, everyMs: number = POLL_MS): void {
  const latest = useRef(poll);
  useEffect(() => {
    latest.current = poll;
  });
  useEffect(() => {
    if (key === null) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async (): Promise<void> => {
      let again: boolean;
      try {
        const answer = await latest.current.ask(key);
        if (stopped) return;
        again = latest.current.onAnswer(answer);
      } catch (error) {
        if (stopped) return;
        const problem = problemOf(error);
        again = problem.reason === "NETWORK";
        if (!again) latest.current.onProblem(problem);
      }
      if (again && !stopped) timer = setTimeout(() => void tick(), everyMs);
    };
    timer = setTimeout(() => void tick(), everyMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [key, everyMs]);
}
