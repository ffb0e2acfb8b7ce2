import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { CHECKUP, useCheckup } from "../lib/checkup";
import { SECURITY_LOG } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";
import { ProblemMessage } from "./ProblemMessage";

/**
 * GitHub's 30-day check: a month after two-step was turned on, "Do your methods still work?",
 * asked once. "Yes, they work" is logged; "Review my methods" opens the check-up; "Don't ask
 * again" only stops the question. Either answer ends it for good.
 */
export function MethodsCheckBanner(): ReactNode {
  const { t } = useI18n();
  const m = t.checkup.methodsCheck;
  const queryClient = useQueryClient();
  const checkup = useCheckup();
  const [answered, setAnswered] = useState<string | null>(null);
  const answer = (run: () => Promise<unknown>, said: string) => async (): Promise<void> => {
    await run();
    setAnswered(said);
    await Promise.all(
      [CHECKUP, SECURITY_LOG].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  };
  const confirm = useSubmit(answer(() => api.checkup.confirmMethods.mutate(), m.thanks));
  const dismiss = useSubmit(answer(() => api.checkup.dismissMethodsCheck.mutate(), m.dismissed));
  if (answered)
    return (
      <p className="notice" role="status">
        {answered}
      </p>
    );
  if (!checkup.data?.askMethodsCheck) return null;
  return (
    <section
      className="card warning"
      aria-labelledby="methods-check-title"
      data-testid="methods-check"
    >
      <h2 id="methods-check-title">{m.title}</h2>
      <p>{m.text}</p>
      <ProblemMessage id="methods-check-problem" problem={confirm.problem ?? dismiss.problem} />
      <div className="actions">
        <button
          type="button"
          className="button primary"
          aria-disabled={confirm.pending}
          onClick={() => confirm.submit()}
        >
          {m.yes}
        </button>
        <Link to={PATHS.checkup} className="button">
          {m.review}
        </Link>
        <button
          type="button"
          className="button"
          aria-disabled={dismiss.pending}
          onClick={() => dismiss.submit()}
        >
          {m.dismiss}
        </button>
      </div>
    </section>
  );
}
