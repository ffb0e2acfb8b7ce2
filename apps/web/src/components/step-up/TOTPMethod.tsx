import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api } from "../../lib/api";
import { useSubmit } from "../../lib/use-submit";
import { CodeField } from "../CodeField";
import { ProblemMessage } from "../ProblemMessage";
import type { MethodProps } from "./method";

/** Step-up with the code of an OTP app (each code once, counted with the sign-in's tries). */
export function TOTPMethod({ onConfirmed, onCancel }: MethodProps): ReactNode {
  const { t } = useI18n();
  const [code, setCode] = useState("");
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      await api.account.reauthenticate.mutate({ factor: "totp", code });
    } finally {
      setCode("");
    }
    onConfirmed();
  });
  return (
    <form onSubmit={submit} noValidate>
      <CodeField
        kind="digits"
        label={t.stepUp.totpLabel}
        hint={t.stepUp.totpHint}
        value={code}
        onChange={setCode}
        errorId={problem ? "step-up-code-problem" : undefined}
      />
      <ProblemMessage id="step-up-code-problem" problem={problem} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.password.cancel}
        </button>
        <button type="submit" className="button primary" disabled={pending}>
          {t.password.submit}
        </button>
      </div>
    </form>
  );
}
