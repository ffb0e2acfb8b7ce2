import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Problem } from "../lib/api";
import { retrySentence } from "../lib/retry";
import type { KeyProblem } from "../lib/webauthn";

/**
 * The reason a request failed, as a sentence in the person's language (`text` when the place
 * says it better). In a form the box keeps its place when empty so that the form does not jump
 * when a message appears; elsewhere `reserved` does the same.
 */
export function ProblemMessage({
  id,
  problem,
  text,
  reserved = false,
}: {
  id: string;
  problem: Problem | null;
  text?: string;
  reserved?: boolean;
}): ReactNode {
  const { t, time, dateTime } = useI18n();
  const words = { retryAt: t.retryAt, retryOn: t.retryOn, time, dateTime };
  return (
    <div
      id={id}
      className={reserved ? "problem reserved" : "problem"}
      role="alert"
      aria-live="assertive"
    >
      {problem && (
        <p>
          {/* A reason newer than this build still reads as a sentence. */}
          {text ?? t.reasons[problem.reason] ?? t.reasons.INTERNAL_ERROR}
          {problem.retryAt && ` ${retrySentence(words, { at: problem.retryAt, now: new Date() })}`}
          {/* PASSWORD_TOO_WEAK: why (common, repeated, personal...), as the meter says it. */}
          {problem.hint && ` ${t.passwords.hints[problem.hint]}`}
        </p>
      )}
    </div>
  );
}

/** A confirmation ("Name saved."): the live region is always there, only its text changes. */
export function Notice({ message }: { message: string | null }): ReactNode {
  return (
    <div className={message ? "notice" : undefined} role="status">
      {message}
    </div>
  );
}

/** A security-key failure: the server's reason, or the browser's refusal as a sentence. */
export function KeyProblemMessage({
  id,
  failure,
  reserved = false,
}: {
  id: string;
  failure: KeyProblem | null;
  reserved?: boolean;
}): ReactNode {
  const { t } = useI18n();
  return (
    <ProblemMessage
      id={id}
      problem={failure?.problem ?? null}
      text={failure?.key ? t.keyErrors[failure.key] : undefined}
      reserved={reserved}
    />
  );
}
