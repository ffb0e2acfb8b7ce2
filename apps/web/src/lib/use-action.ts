import { useState } from "react";
import { problemOf, type Problem } from "./api";

/**
 * Runs a button's action (often a step-up one), keeping its pending state and the reason it
 * failed; a click while one runs is ignored (buttons that open the password dialog use
 * aria-disabled, not disabled, so that focus can come back to them when the dialog closes).
 */
export function useAction(): {
  run: (action: () => Promise<void>) => void;
  pending: boolean;
  problem: Problem | null;
} {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = (action: () => Promise<void>): void => {
    if (pending) return;
    setPending(true);
    setProblem(null);
    action()
      .catch((error: unknown) => setProblem(problemOf(error)))
      .finally(() => setPending(false));
  };
  return { run, pending, problem };
}
