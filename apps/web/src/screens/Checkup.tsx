import type { ReactNode } from "react";
import { CheckupFindingRow } from "../components/CheckupFindingRow";
import { ProblemMessage } from "../components/ProblemMessage";
import { SettingsPage } from "../components/SettingsPage";
import { useI18n } from "../i18n/i18n";
import { problemOf } from "../lib/api";
import { useCheckup, type CheckupView } from "../lib/checkup";

/**
 * Manage my profile -> Security and recovery -> Security check-up (Google's, in spirit): what
 * protects the account now, then one button per recommendation, or a calm "Nothing to do".
 */
export function Checkup(): ReactNode {
  const { t } = useI18n();
  const checkup = useCheckup();
  return (
    <SettingsPage title={t.checkup.title}>
      <p className="card">{t.checkup.intro}</p>
      {checkup.error ? (
        <ProblemMessage id="checkup-problem" problem={problemOf(checkup.error)} />
      ) : !checkup.data ? (
        <p className="card muted">{t.app.loading}</p>
      ) : (
        <>
          <Protections view={checkup.data} />
          <Findings view={checkup.data} />
        </>
      )}
    </SettingsPage>
  );
}

function Protections({ view }: { view: CheckupView }): ReactNode {
  const { t, date } = useI18n();
  const c = t.checkup;
  const p = view.protections;
  const setOrNot = (on: boolean): ReactNode => (
    <span className={on ? "pill on" : "pill off"}>{on ? c.set : c.notSet}</span>
  );
  return (
    <section className="card" aria-labelledby="protections-title">
      <h2 id="protections-title">{c.protectionsTitle}</h2>
      <dl className="facts">
        <dt>{c.twoStep}</dt>
        <dd>
          <span className={p.twoStepOn ? "pill on" : "pill off"}>{p.twoStepOn ? c.on : c.off}</span>{" "}
          {p.twoStepSince && c.since(date(p.twoStepSince))}
        </dd>
        <dt>{c.methods}</dt>
        <dd>
          {p.methods.length === 0
            ? c.noMethods
            : p.methods.map((m) => `${t.methods[m.kind]} (${m.count})`).join(", ")}
        </dd>
        {p.twoStepOn && (
          <>
            <dt>{c.backupCodes}</dt>
            <dd>{p.backupCodesRemaining}</dd>
          </>
        )}
        <dt>{c.recoveryAddress}</dt>
        <dd>{setOrNot(p.recoveryAddress)}</dd>
        <dt>{c.recoveryPhone}</dt>
        <dd>{setOrNot(p.recoveryPhone)}</dd>
      </dl>
    </section>
  );
}

function Findings({ view }: { view: CheckupView }): ReactNode {
  const { t } = useI18n();
  const c = t.checkup;
  if (view.findings.length === 0)
    return (
      <section className="card" aria-labelledby="todo-title" data-testid="checkup-clear">
        <h2 id="todo-title">{c.nothingTitle}</h2>
        <p className="status on">{c.nothing}</p>
      </section>
    );
  return (
    <section className="card" aria-labelledby="todo-title">
      <h2 id="todo-title">{c.todoTitle}</h2>
      <ul className="factors">
        {view.findings.map((f, i) => (
          <CheckupFindingRow key={`${f.kind}-${i}`} finding={f} />
        ))}
      </ul>
    </section>
  );
}
