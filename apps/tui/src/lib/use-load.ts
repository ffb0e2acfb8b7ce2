import { useCallback, useEffect, useState } from "react";
import { problemOf, type Problem } from "@twofold/client";

/** Loads data for a screen; `reload` asks again. */
export function useLoad<T>(load: () => Promise<T>): {
  data: T | null;
  problem: Problem | null;
  reload: () => void;
} {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && (setData(value), setProblem(null)),
      (error: unknown) => live && setProblem(problemOf(error)),
    );
    return () => {
      live = false;
    };
  }, [round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, problem, reload };
}
