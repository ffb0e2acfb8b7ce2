import { useCallback, useRef, useState } from "react";
import type { FormEvent } from "react";
import { problemOf, type Problem } from "./api";

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
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = useRef(false);
  const submit = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
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
    },
    [action],
  );
  return { submit, pending, problem, setProblem };
}
