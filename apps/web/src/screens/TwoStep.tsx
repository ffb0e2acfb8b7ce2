import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import { BackupCodesView } from "../components/BackupCodesView";
import { DisabledMethods } from "../components/DisabledMethods";
import { FactorRow } from "../components/FactorRow";
import { Notice, ProblemMessage } from "../components/ProblemMessage";
import { SMSWeakNote } from "../components/SMSWeakNote";
import { useI18n } from "../i18n/i18n";
import { problemOf, type Me } from "../lib/api";
import { takeFlash } from "../lib/flash";
import { ADDABLE_METHODS } from "../lib/methods";
import { ME, TWO_FACTOR, useTwoFactorStatus } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { BackupCodesBox, PreferredMethod, TurnOffBox } from "./TwoStepBoxes";

/** Manage my profile -> Security and recovery -> Two-step verification. */
export function TwoStep({ me }: { me: Me }): ReactNode {
  const { t } = useI18n();
  const status = useTwoFactorStatus();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    const flash = takeFlash();
    if (flash) setNotice(flash);
  }, []);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);

  const refresh = async (message: string | null): Promise<void> => {
    setNotice(message);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: TWO_FACTOR }),
      queryClient.invalidateQueries({ queryKey: ME }),
    ]);
  };

  if (newCodes) {
    return (
      <BackupCodesView
        codes={newCodes}
        email={me.user.email}
        onDone={() => {
          setNewCodes(null);
          void refresh(null);
        }}
      />
    );
  }

  const data = status.data;
  return (
    <>
      <nav aria-label={t.stumbles.breadcrumb} className="breadcrumb">
        <Link to={PATHS.profile}>{t.twoStep.back}</Link>
      </nav>
      <h1 id="page-title" className="page-title">
        {t.twoStep.title}
      </h1>
      <Notice message={notice} />
      {status.error ? (
        <ProblemMessage id="status-problem" problem={problemOf(status.error)} />
      ) : !data ? (
        <p className="card muted">{t.app.loading}</p>
      ) : (
        <>
          <DisabledMethods
            methods={data.disabledMethods}
            onEnabled={(message) => void refresh(message)}
          />
          <section
            className={data.enabled ? "card status-card on" : "card status-card off"}
            aria-labelledby="status-title"
          >
            <h2 id="status-title">{data.enabled ? t.twoStep.statusOn : t.twoStep.statusOff}</h2>
            <p>{data.enabled ? t.twoStep.statusOnText : t.twoStep.statusOffText}</p>
          </section>

          <section className="card" aria-labelledby="methods-title">
            <h2 id="methods-title">{t.twoStep.methods}</h2>
            {data.factors.length === 0 ? (
              <p className="muted">{t.twoStep.noMethods}</p>
            ) : (
              <ul className="factors">
                {data.factors.map((factor) => (
                  <FactorRow
                    key={factor.id}
                    factor={factor}
                    last={data.factors.length === 1}
                    onChanged={(message) => void refresh(message)}
                  />
                ))}
              </ul>
            )}
            {data.enabled && <PreferredMethod status={data} onSaved={(m) => void refresh(m)} />}
            {data.factors.some((f) => f.kind === "sms") && <SMSWeakNote level={3} />}
          </section>

          <section className="card" aria-labelledby="add-title">
            <h2 id="add-title">{t.twoStep.addMethod}</h2>
            <ul className="add-methods">
              {ADDABLE_METHODS.map((m) => (
                <li key={m.kind}>
                  <Link to={m.path} className="row-link">
                    <span>
                      <span className="row-title">{t.methods[m.kind]}</span>
                      <span className="muted">{t.methods[`${m.kind}Description`]}</span>
                    </span>
                    <span aria-hidden="true">›</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          {data.enabled && (
            <BackupCodesBox remaining={data.backupCodesRemaining} onCodes={setNewCodes} />
          )}
          {data.enabled && <TurnOffBox onDone={(m) => void refresh(m)} />}
        </>
      )}
    </>
  );
}
