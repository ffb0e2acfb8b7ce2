import type { FormEvent } from "react";
import { keyProblemOf, type KeyProblem } from "./webauthn";
import { useGuardedAction } from "./use-guarded-action";

/**
 * A security-key action (server, then the browser's key prompt, then the server): one at a
 * time, its failure kept as a server reason or as what the browser said, cleared on the next try.
 */
export function useKeyAction(action: () => Promise<void>): {
  run: (event?: FormEvent) => void;
  pending: boolean;
  failure: KeyProblem | null;
} {
  const { run, pending, failure } = useGuardedAction(action, keyProblemOf);
  return { run, pending, failure };
}
