import type { ReactNode } from "react";
import { KeyProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { useSignInComplete } from "../lib/sign-in-complete";
import { useKeyAction } from "../lib/use-key-action";
import { signWithKey } from "../lib/webauthn";

/**
 * The second step with a security key. The browser's prompt opens only when the person presses
 * the button (never by itself), so that they know what it is for.
 */
export function SecurityKeyStep(): ReactNode {
  const { t } = useI18n();
  const complete = useSignInComplete();
  const key = useKeyAction(async () => {
    const options = await api.auth.beginWebAuthn.mutate();
    const response = await signWithKey(options);
    await api.auth.finishWebAuthn.mutate({ response });
    await complete();
  });
  return (
    <div className="key-step">
      <h2>{t.secondFactor.keyTitle}</h2>
      <p id="key-text">{t.secondFactor.keyText}</p>
      <KeyProblemMessage id="key-problem" failure={key.failure} reserved />
      <button
        type="button"
        className="button primary wide"
        autoFocus
        aria-describedby="key-text key-problem"
        aria-disabled={key.pending}
        onClick={() => key.run()}
      >
        {t.secondFactor.keyButton}
      </button>
    </div>
  );
}
