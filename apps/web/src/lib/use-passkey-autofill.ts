import { useEffect, useRef, useState } from "react";
import { PasskeyAutofill, type AutofillSteps } from "./passkey-autofill";
import type { KeyProblem } from "./webauthn";

/**
 * The sign-in's passkey suggestions while `active`: requested when the page opens and again
 * when the email field gets focus after a request ended; aborted when the page goes.
 */
export function usePasskeyAutofill({
  active,
  begin,
  finish,
}: Omit<AutofillSteps, "onFailure"> & { active: boolean }): {
  /** Again, unless a request is under way (the email field's focus). */
  offer: () => void;
  /** Aborts the waiting request (before the passkey button's own request). */
  stop: () => void;
  /** The server's refusal of the passkey last picked in the field, until the next stop. */
  failure: KeyProblem | null;
} {
  const [failure, setFailure] = useState<KeyProblem | null>(null);
  // The latest steps (the "Keep me signed in" box may change while a request waits).
  const steps = useRef({ begin, finish });
  useEffect(() => {
    steps.current = { begin, finish };
  });
  const [autofill] = useState(
    () =>
      new PasskeyAutofill({
        begin: () => steps.current.begin(),
        finish: (response) => steps.current.finish(response),
        onFailure: setFailure,
      }),
  );
  useEffect(() => {
    if (!active) return;
    autofill.start();
    return () => autofill.stop();
  }, [autofill, active]);
  return {
    offer: () => {
      if (active) autofill.start();
    },
    stop: () => {
      setFailure(null);
      autofill.stop();
    },
    failure,
  };
}
