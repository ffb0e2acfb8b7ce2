import { useCallback, useRef, useState } from "react";
import type { FormEvent } from "react";

/**
 * An action the person starts (a form's submission, a security key's prompt): one at a time (a
 * double click runs it once), its failure kept as `describe` reads it, cleared on the next try.
 */
export function useGuardedAction<Failure>(
  action: () => Promise<void>,
  describe: (error: unknown) => Failure,
): {
  run: (event?: FormEvent) => void;
  pending: boolean;
  failure: Failure | null;
  setFailure: (failure: Failure | null) => void;
} {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const busy = useRef(false);
  const run = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (busy.current) return;
      busy.current = true;
      setPending(true);
      setFailure(null);
      action()
        .catch((error: unknown) => setFailure(describe(error)))
        .finally(() => {
          busy.current = false;
          setPending(false);
        });
    },
    [action, describe],
  );
  return { run, pending, failure, setFailure };
}
