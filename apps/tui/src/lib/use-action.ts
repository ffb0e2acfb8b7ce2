import { useCallback, useRef, useState } from "react";
import { problemOf, type Problem } from "@twofold/client";

/** One request at a time; its failure kept as a reason to show, cleared by the next try. */
export function useAction(): {
  run: (action: () => Promise<void>) => void;
  pending: boolean;
  problem: Problem | null;
  setProblem: (problem: Problem | null) => void;
} {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const run = useCallback((action: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setProblem(null);
    action()
      .catch((error: unknown) => setProblem(problemOf(error)))
      .finally(() => {
        busy.current = false;
        setPending(false);
      });
  }, []);
  return { run, pending, problem, setProblem };
}
