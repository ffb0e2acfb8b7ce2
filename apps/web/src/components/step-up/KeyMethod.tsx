import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api } from "../../lib/api";
import { useKeyAction } from "../../lib/use-key-action";
import { signWithKey } from "../../lib/webauthn";
import { KeyProblemMessage } from "../ProblemMessage";
import { CancelOnly } from "./CancelOnly";
import type { MethodProps } from "./method";

/**
 * Step-up with a security key or passkey. The browser's prompt opens only when the person
 * presses the button, so that they know what it is for.
 */
export function KeyMethod({ onConfirmed, onCancel }: MethodProps): ReactNode {
  const { t } = useI18n();
  const key = useKeyAction(async () => {
    const options = await api.account.beginStepUpWebAuthn.mutate();
    const response = await signWithKey(options);
    await api.account.finishStepUpWebAuthn.mutate({ response });
    onConfirmed();
  });
  return (
    <div className="key-step">
      <p id="step-up-key-text">{t.stepUp.keyText}</p>
      <KeyProblemMessage id="step-up-key-problem" failure={key.failure} />
      <p>
        <button
          type="button"
          className="button primary wide"
          autoFocus
          aria-describedby="step-up-key-text step-up-key-problem"
          aria-disabled={key.pending}
          onClick={() => key.run()}
        >
          {t.stepUp.keyButton}
        </button>
      </p>
      <CancelOnly onCancel={onCancel} />
    </div>
  );
}
