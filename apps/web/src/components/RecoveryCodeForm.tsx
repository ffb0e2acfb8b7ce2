import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { useSubmit } from "../lib/use-submit";
import { CodeField } from "./CodeField";
import { ProblemMessage } from "./ProblemMessage";
import { useStepUp } from "./StepUp";

/**
 * The code sent to a new recovery address or mobile: typed (kept after a refusal, to correct a
 * digit) and confirmed, or the change given up (the contact in force stays).
 */
export function RecoveryCodeForm({
  id,
  prompt,
  expiresAt,
  confirm,
  onCancel,
}: {
  id: string;
  /** "Type the code mailed to t•••@example.net." */
  prompt: string;
  expiresAt: string | null;
  confirm: (code: string) => Promise<unknown>;
  onCancel: () => void;
}): ReactNode {
  const { t, time } = useI18n();
  const r = t.recoveryContacts;
  const stepUp = useStepUp();
  const [code, setCode] = useState("");
  const { submit, pending, problem } = useSubmit(async () => {
    await stepUp.run(() => confirm(code));
  });
  return (
    <form onSubmit={submit} noValidate>
      <p>{prompt}</p>
      <CodeField
        kind="digits"
        label={r.codeLabel}
        hint={expiresAt ? r.expires(time(expiresAt)) : undefined}
        value={code}
        onChange={setCode}
        errorId={problem ? `${id}-problem` : undefined}
      />
      <ProblemMessage id={`${id}-problem`} problem={problem} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {r.cancel}
        </button>
        <button type="submit" className="button primary" aria-disabled={pending}>
          {r.confirm}
        </button>
      </div>
    </form>
  );
}
