import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api } from "../../lib/api";
import { useSubmit } from "../../lib/use-submit";
import { Field } from "../Field";
import { ProblemMessage } from "../ProblemMessage";
import type { MethodProps } from "./method";

/** Step-up with the account password. */
export function PasswordMethod({ onConfirmed, onCancel }: MethodProps): ReactNode {
  const { t } = useI18n();
  const [password, setPassword] = useState("");
  const { submit, pending, problem } = useSubmit(async () => {
    try {
      await api.account.reauthenticate.mutate({ password });
    } catch (error) {
      setPassword("");
      throw error;
    }
    onConfirmed();
  });
  return (
    <form onSubmit={submit}>
      <Field
        label={t.password.label}
        type="password"
        autoComplete="current-password"
        autoFocus
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        errorId={problem ? "password-problem" : undefined}
      />
      <ProblemMessage
        id="password-problem"
        problem={problem}
        text={problem?.reason === "INVALID_CREDENTIALS" ? t.password.wrong : undefined}
      />
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
