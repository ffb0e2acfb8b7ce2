import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import type { Problem } from "../lib/api";

/**
 * The reason a request failed, as a sentence in the person's language. The box keeps its place
 * when empty so that the form does not jump when a message appears.
 */
export function ProblemMessage({
  id,
  problem,
}: {
  id: string;
  problem: Problem | null;
}): ReactNode {
  const { t, time } = useI18n();
  return (
    <div id={id} className="problem" role="alert" aria-live="assertive">
      {problem && (
        <p>
          {t.reasons[problem.reason]}
          {problem.retryAt && ` ${t.retryAt(time(problem.retryAt))}`}
        </p>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }): ReactNode {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
