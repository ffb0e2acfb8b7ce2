import { useState } from "react";
import type { ReactNode } from "react";
import { CodeField } from "../components/CodeField";
import { ProblemMessage } from "../components/ProblemMessage";
import { useStepUp } from "../components/StepUp";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type Outputs, type Problem } from "../lib/api";
import { Link, PATHS } from "../lib/router";
import { useSubmit } from "../lib/use-submit";

type Sent = Outputs["sms"]["addPhone"];

/** Only another number (or the same, sent again from the start) can help after these. */
const BACK_TO_NUMBER: readonly string[] = [
  "ENROLLMENT_EXPIRED",
  "ENROLLMENT_NOT_FOUND",
  "PHONE_ALREADY_ADDED",
];

/**
 * The code sent to the number being added: typed (kept after a refusal, to correct a digit),
 * or a new one asked for, which ends the previous one.
 */
export function ConfirmPhone({
  sent,
  onConfirmed,
  onBack,
}: {
  sent: Sent;
  onConfirmed: (backupCodes: string[] | undefined) => void;
  /** Back to the number: asked for, or because this setup can no longer finish. */
  onBack: (problem: Problem | null) => void;
}): ReactNode {
  const { t, time } = useI18n();
  const stepUp = useStepUp();
  const [code, setCode] = useState("");
  const [expiresAt, setExpiresAt] = useState(sent.expiresAt);
  const [resent, setResent] = useState(0);

  /** This setup cannot finish any more: back to the number, the reason shown there. */
  const backIfGone = (error: unknown): null => {
    const problem = problemOf(error);
    if (!BACK_TO_NUMBER.includes(problem.reason)) throw error;
    onBack(problem);
    return null;
  };

  const confirm = useSubmit(async () => {
    const done = await stepUp
      .run(() => api.sms.confirmPhone.mutate({ phoneId: sent.phoneId, code }))
      .catch(backIfGone);
    if (done) onConfirmed(done.backupCodes);
  });

  const resend = useSubmit(async () => {
    const again = await stepUp
      .run(() => api.sms.resendCode.mutate({ phoneId: sent.phoneId }))
      .catch(backIfGone);
    if (!again) return;
    setExpiresAt(again.expiresAt);
    setCode("");
    confirm.setProblem(null);
    setResent((n) => n + 1);
  });
  const problem = resend.problem ?? confirm.problem;

  return (
    <section className="card" aria-labelledby="sms-sent-title">
      <h2 id="sms-sent-title">{t.addSMS.sentTo(sent.sentTo)}</h2>
      <p className="status-line" role="status">
        {resent > 0 ? t.addSMS.resent : ""}
      </p>
      <form onSubmit={confirm.submit} noValidate>
        <CodeField
          // A new code: the field is empty and takes focus again.
          key={resent}
          kind="digits"
          label={t.addSMS.codeLabel}
          hint={t.addSMS.expires(time(expiresAt))}
          value={code}
          onChange={setCode}
          errorId={problem ? "confirm-problem" : undefined}
        />
        <ProblemMessage id="confirm-problem" problem={problem} />
        <div className="actions">
          <Link to={PATHS.twoStep} className="button">
            {t.addSMS.cancel}
          </Link>
          <button
            type="button"
            className="button"
            aria-disabled={resend.pending}
            onClick={() => resend.submit()}
          >
            {t.addSMS.resend}
          </button>
          <button type="submit" className="button primary" aria-disabled={confirm.pending}>
            {t.addSMS.submit}
          </button>
        </div>
      </form>
      <button type="button" className="link-button" onClick={() => onBack(null)}>
        {t.addSMS.changeNumber}
      </button>
    </section>
  );
}
