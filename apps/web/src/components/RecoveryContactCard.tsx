import { useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { useSubmit } from "../lib/use-submit";
import { ProblemMessage } from "./ProblemMessage";
import { RecoveryCodeForm } from "./RecoveryCodeForm";
import { useStepUp } from "./StepUp";

interface Sent {
  sentTo: string;
  expiresAt: string;
}

/**
 * One recovery contact (the address, or the mobile): the one in force, masked; a new one typed
 * in `entry`, then confirmed by the code sent to it (the one in force stays until then); or
 * removed. Every change asks for the password when the last one is not recent.
 */
export function RecoveryContactCard({
  id,
  title,
  note,
  current,
  pending,
  entry,
  begin,
  confirm,
  remove,
}: {
  id: string;
  title: string;
  note?: string;
  current: string | null;
  /** A contact waiting for its code (from an earlier visit), masked. */
  pending: string | null;
  /** The field(s) of a new contact; shown while editing. */
  entry: (errorId: string | undefined) => ReactNode;
  begin: () => Promise<Sent>;
  confirm: { prompt: (to: string) => string; run: (code: string) => Promise<unknown> };
  remove: { text: string; run: () => Promise<unknown> };
}): ReactNode {
  const { t } = useI18n();
  const r = t.recoveryContacts;
  const stepUp = useStepUp();
  const [editing, setEditing] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const waiting = sent ?? (pending ? { sentTo: pending, expiresAt: null } : null);
  const start = useSubmit(async () => {
    const started = await stepUp.run(begin);
    if (!started) return;
    setSent(started);
    setEditing(false);
  });
  const drop = useSubmit(async () => {
    await stepUp.run(remove.run, { askFirst: { text: remove.text } });
  });
  const problem = drop.problem ?? start.problem;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      <p className="row-title">{current ?? r.none}</p>
      {editing ? (
        <form onSubmit={start.submit} noValidate>
          {entry(problem ? `${id}-problem` : undefined)}
          <ProblemMessage id={`${id}-problem`} problem={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {r.cancel}
            </button>
            <button type="submit" className="button primary" aria-disabled={start.pending}>
              {r.send}
            </button>
          </div>
        </form>
      ) : waiting ? (
        <>
          <p className="status-line">{r.waiting(waiting.sentTo)}</p>
          <RecoveryCodeForm
            id={`${id}-code`}
            prompt={confirm.prompt(waiting.sentTo)}
            expiresAt={waiting.expiresAt}
            confirm={async (code) => {
              await confirm.run(code);
              setSent(null);
            }}
            onCancel={() => {
              setSent(null);
              setEditing(true);
            }}
          />
        </>
      ) : (
        <>
          <ProblemMessage id={`${id}-problem`} problem={problem} />
          <div className="actions">
            {current && (
              <button
                type="button"
                className="button"
                aria-disabled={drop.pending}
                onClick={() => drop.submit()}
              >
                {r.remove}
              </button>
            )}
            <button type="button" className="button primary" onClick={() => setEditing(true)}>
              {current ? r.change : r.set}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
