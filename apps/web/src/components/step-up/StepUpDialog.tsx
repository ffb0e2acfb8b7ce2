import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api } from "../../lib/api";
import { Dialog } from "../Dialog";
import { KeyMethod } from "./KeyMethod";
import type { MethodProps, StepUpMethod } from "./method";
import { PasswordMethod } from "./PasswordMethod";
import { PushMethod } from "./PushMethod";
import { TOTPMethod } from "./TOTPMethod";

const VIEWS: Record<StepUpMethod, (props: MethodProps) => ReactNode> = {
  password: PasswordMethod,
  totp: TOTPMethod,
  webauthn: KeyMethod,
  push: PushMethod,
};

/**
 * "Confirm it is you": the person's own strong methods, the one to offer first shown at once
 * (their preferred one, else a key, the device, the OTP app, the password), the others one
 * press away. Should the list not load, the password is asked as before.
 */
export function StepUpDialog({
  text,
  allowed,
  onDone,
}: {
  text: string;
  /** Only these may confirm (the password change asks the current password); null: any. */
  allowed: readonly StepUpMethod[] | null;
  onDone: (confirmed: boolean) => void;
}): ReactNode {
  const { t } = useI18n();
  const [methods, setMethods] = useState<StepUpMethod[] | null>(null);
  const [chosen, setChosen] = useState<StepUpMethod | null>(null);
  useEffect(() => {
    let live = true;
    api.account.stepUpMethods.query().then(
      (answer) => {
        const usable = answer.methods.filter((m) => allowed?.includes(m) ?? true);
        if (live) setMethods(usable.length > 0 ? usable : ["password"]);
      },
      () => {
        if (live) setMethods(["password"]);
      },
    );
    return () => {
      live = false;
    };
  }, [allowed]);
  const current = chosen ?? methods?.[0] ?? null;
  const View = current ? VIEWS[current] : null;
  const others = methods?.filter((m) => m !== current) ?? [];
  return (
    <Dialog title={t.password.title} onClose={() => onDone(false)}>
      <p>{text}</p>
      {View ? (
        <View key={current} onConfirmed={() => onDone(true)} onCancel={() => onDone(false)} />
      ) : (
        <p className="muted">{t.app.loading}</p>
      )}
      {others.length > 0 && (
        <div className="step-up-others" role="group" aria-labelledby="step-up-others">
          <p id="step-up-others" className="muted">
            {t.stepUp.others}
          </p>
          <ul>
            {others.map((method) => (
              <li key={method}>
                <button type="button" className="link-button" onClick={() => setChosen(method)}>
                  {t.stepUp.use[method]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
