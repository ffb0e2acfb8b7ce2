import type { FormEvent } from "react";
import { problemOf, type Problem } from "./api";
import { useGuardedAction } from "./use-guarded-action";

/**
 * A form's submission: one request at a time (a double click sends one), the failure kept as a
 * reason to show, cleared on the next try.
 */
export function useSubmit(action: () => Promise<void>): {
  submit: (event?: FormEvent) => void;
  pending: boolean;
  problem: Problem | null;
  setProblem: (p: Problem | null) => void;
} {
  const { run, pending, failure, setFailure } = useGuardedAction(action, problemOf);
  return { submit: run, pending, problem: failure, setProblem: setFailure };
}
