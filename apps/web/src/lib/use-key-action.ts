import { useCallback, useRef, useState } from "react";
import type { FormEvent } from "react";
import { keyProblemOf, type KeyProblem } from "./webauthn";

/**
 * A security-key action (server, then the browser's key prompt, then the server): one at a
 * time, its failure kept as a server reason or as what the browser said, cleared on the next try.
 */
export function useKeyAction(action: () => Promise<void>): {
  run: (event?: FormEvent) => void;
  pending: boolean;
  failure: KeyProblem | null;
} {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<KeyProblem | null>(null);
  const busy = useRef(false);
  const run = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      if (busy.current) return;
      busy.current = true;
      setPending(true);
      setFailure(null);
      action()
        .catch((error: unknown) => setFailure(keyProblemOf(error)))
        .finally(() => {
          busy.current = false;
          setPending(false);
        });
    },
    [action],
  );
  return { run, pending, failure };
}
