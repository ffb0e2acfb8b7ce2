import { useId } from "react";
import type { ReactNode } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useStepUp } from "../components/StepUp";
import { useI18n } from "../i18n/i18n";
import { api, type TwoFactorStatus } from "../lib/api";
import { useAction } from "../lib/use-action";

/** The method offered first at sign-in, among the kinds this account has. */
export function PreferredMethod({
  status,
  onSaved,
}: {
  status: TwoFactorStatus;
  onSaved: (message: string) => void;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const { run, pending, problem } = useAction();
  const kinds = [...new Set(status.factors.map((f) => f.kind))];
  const current = status.preferred ?? kinds[0];
  if (!current) return null;
  if (kinds.length < 2) {
    return (
      <p className="preferred">
        {t.twoStep.preferred}: <strong>{t.methods[current]}</strong>
      </p>
    );
  }
  return (
    <div className="preferred">
      <label htmlFor={id}>{t.twoStep.preferred}</label>
      <select
        id={id}
        value={current}
        disabled={pending}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const kind = event.target.value;
          run(async () => {
            await api.twoFactor.setPreferred.mutate({ kind });
            onSaved(t.twoStep.preferredSaved);
          });
        }}
      >
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t.methods[kind]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t.twoStep.preferredHint}
      </p>
      <ProblemMessage id={`${id}-problem`} problem={problem} reserved />
    </div>
  );
}

export function BackupCodesBox({
  remaining,
  onCodes,
}: {
  remaining: number;
  onCodes: (codes: string[]) => void;
}): ReactNode {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const { run, pending, problem } = useAction();
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t.twoStep.backupCodes}</h2>
      <p data-testid="backup-remaining">{t.twoStep.backupRemaining(remaining)}</p>
      {remaining <= 3 && <p className="warning">{t.twoStep.backupLow}</p>}
      <button
        type="button"
        className="button"
        aria-disabled={pending}
        onClick={() =>
          run(async () => {
            const done = await stepUp.run(() => api.backupCodes.regenerate.mutate(), {
              askFirst: { text: t.twoStep.regenerateText },
            });
            if (done) onCodes(done.codes);
          })
        }
      >
        {t.twoStep.regenerate}
      </button>
      <ProblemMessage id="backup-problem" problem={problem} reserved />
    </section>
  );
}

export function TurnOffBox({ onDone }: { onDone: (message: string) => void }): ReactNode {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const { run, pending, problem } = useAction();
  return (
    <section className="card" aria-labelledby="off-title">
      <h2 id="off-title">{t.twoStep.turnOff}</h2>
      <p>{t.twoStep.turnOffText}</p>
      <button
        type="button"
        className="button danger"
        aria-disabled={pending}
        onClick={() =>
          run(async () => {
            const done = await stepUp.run(() => api.twoFactor.disable.mutate(), {
              askFirst: { text: t.twoStep.turnOffText },
            });
            if (done) onDone(t.twoStep.turnedOff);
          })
        }
      >
        {t.twoStep.turnOff}
      </button>
      <ProblemMessage id="off-problem" problem={problem} />
    </section>
  );
}
