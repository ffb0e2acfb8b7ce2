import { useRef, useState } from "react";
import type { ReactNode } from "react";
import { Checkbox } from "../components/Field";
import { CodeForm } from "./CodeForm";
import { useI18n } from "../i18n/i18n";
import { type Me, type SecondFactorKind } from "../lib/api";
import { useLeaveSignIn } from "../lib/leave-sign-in";
import { PATHS } from "../lib/router";
import { TrustChoiceProvider } from "../lib/sign-in-complete";
import { SecurityKeyStep } from "./SecondFactorKey";
import { PushStep } from "./SecondFactorPush";
import { SMSStep } from "./SecondFactorSMS";

/**
 * The second step of a sign-in: the preferred method first, the others one click away; and
 * whether to skip this step on this browser for 30 days. For an app's sign-in, `intro` names the
 * app and `cancel` goes back to it (instead of "Cancel and sign out").
 */
export function SecondFactor({
  me,
  intro,
  cancel,
}: {
  me: Me;
  intro?: string;
  cancel?: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  const options = me.secondFactor?.factors ?? [];
  const [method, setMethod] = useState<SecondFactorKind | null>(
    me.secondFactor?.preferred ?? options[0] ?? null,
  );
  const [choosing, setChoosing] = useState(false);
  // Asked before the method, so that it is ticked before the code or the touch that ends the step.
  const [trust, setTrust] = useState(false);
  const trustChoice = useRef(false);

  const leave = useLeaveSignIn();

  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.secondFactor.title}</h1>
      <p>{intro ?? t.secondFactor.intro}</p>
      <p className="muted">{me.user.email}</p>
      <div className="trust-choice">
        <Checkbox
          label={t.secondFactor.trust}
          hint={t.secondFactor.trustHint}
          checked={trust}
          onChange={(event) => {
            trustChoice.current = event.target.checked;
            setTrust(event.target.checked);
          }}
        />
      </div>
      <TrustChoiceProvider value={trustChoice}>
        {choosing || !method ? (
          <fieldset className="choices">
            <legend>{t.secondFactor.chooseMethod}</legend>
            {options.map((kind) => (
              <button
                key={kind}
                type="button"
                className="choice"
                autoFocus={kind === options[0]}
                onClick={() => {
                  setMethod(kind);
                  setChoosing(false);
                }}
              >
                {t.methods[kind]}
              </button>
            ))}
          </fieldset>
        ) : method === "webauthn" ? (
          <SecurityKeyStep />
        ) : method === "push" ? (
          <PushStep />
        ) : method === "sms" ? (
          <SMSStep />
        ) : (
          <CodeForm key={method} method={method} />
        )}
      </TrustChoiceProvider>
      <div className="actions spread">
        {!choosing && options.length > 1 && (
          <button type="button" className="link-button" onClick={() => setChoosing(true)}>
            {t.secondFactor.otherMethod}
          </button>
        )}
        {cancel ?? (
          <button type="button" className="link-button" onClick={() => void leave(PATHS.signIn)}>
            {t.secondFactor.cancel}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => void leave(PATHS.recover)}>
          {t.recovery.lostAll}
        </button>
      </div>
    </section>
  );
}
