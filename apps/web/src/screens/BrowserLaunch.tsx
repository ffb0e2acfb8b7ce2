import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ReactNode } from "react";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { SettingsPage } from "../components/SettingsPage";
import { useStepUp } from "../components/StepUp";
import { useI18n } from "../i18n/i18n";
import { api, problemOf } from "../lib/api";
import { BROWSER_POLICY, useBrowserPolicy, type BrowserPolicy } from "../lib/queries";
import { useSubmit } from "../lib/use-submit";

/**
 * Manage my profile -> Security and recovery -> Authenticate at each browser launch: stay
 * signed in, or sign in again whenever the browser starts. Applies from the next sign-in.
 */
export function BrowserLaunch(): ReactNode {
  const { t } = useI18n();
  const policy = useBrowserPolicy();
  return (
    <SettingsPage title={t.browserLaunch.title}>
      {policy.error ? (
        <ProblemMessage id="policy-problem" problem={problemOf(policy.error)} />
      ) : !policy.data ? (
        <p className="card muted">{t.app.loading}</p>
      ) : (
        <PolicyForm saved={policy.data} />
      )}
    </SettingsPage>
  );
}

/** The two choices, the one in force ticked first; Save asks for the password if it is not recent. */
function PolicyForm({ saved }: { saved: BrowserPolicy }): ReactNode {
  const { t } = useI18n();
  const b = t.browserLaunch;
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<BrowserPolicy>(saved);
  const [notice, setNotice] = useState<string | null>(null);
  const { submit, pending, problem } = useSubmit(async () => {
    setNotice(null);
    const done = await stepUp.run(() => api.account.setBrowserPolicy.mutate({ policy: choice }));
    if (!done) return;
    setNotice(b.saved);
    queryClient.setQueryData(BROWSER_POLICY, done.policy);
  });
  const options: { value: BrowserPolicy; label: string; hint: string }[] = [
    { value: "remember", label: b.remember, hint: b.rememberHint },
    { value: "session_only", label: b.sessionOnly, hint: b.sessionOnlyHint },
  ];
  return (
    <>
      <Notice message={notice} />
      <section className="card">
        <p>{b.intro}</p>
        <form onSubmit={submit} noValidate>
          <fieldset className="radios" aria-describedby="applies-next">
            <legend>{b.legend}</legend>
            {options.map((option) => (
              <div className="radio" key={option.value}>
                <input
                  type="radio"
                  id={`policy-${option.value}`}
                  name="policy"
                  value={option.value}
                  checked={choice === option.value}
                  aria-describedby={`policy-${option.value}-hint`}
                  onChange={() => setChoice(option.value)}
                />
                <label htmlFor={`policy-${option.value}`}>{option.label}</label>
                <p id={`policy-${option.value}-hint`} className="hint">
                  {option.hint}
                </p>
              </div>
            ))}
          </fieldset>
          <p id="applies-next" className="note">
            {b.appliesNext}
          </p>
          <ProblemMessage id="policy-save-problem" problem={problem} />
          <div className="actions">
            <button type="submit" className="button primary" aria-disabled={pending}>
              {b.save}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
