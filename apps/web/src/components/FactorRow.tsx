import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type FactorView, type Problem } from "../lib/api";
import { FIELD_LIMITS, mistakeOf, mistakeSentence } from "../lib/field-limits";
import { useStepUp } from "./StepUp";
import { Dialog } from "./Dialog";
import { Field } from "./Field";
import { ProblemMessage } from "./ProblemMessage";

/** Each kind renames and removes through its own procedures. */
function routesOf(kind: FactorView["kind"]): {
  rename: (id: string, label: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
} {
  if (kind === "push")
    return {
      rename: (id, label) => api.push.renameDevice.mutate({ id, label }),
      remove: (id) => api.push.removeDevice.mutate({ id }),
    };
  const routes = kind === "webauthn" ? api.webauthn : kind === "sms" ? api.sms : api.totp;
  return {
    rename: (id, label) => routes.rename.mutate({ id, label }),
    remove: (id) => routes.remove.mutate({ id }),
  };
}

/** One method of the account: its name, when added and last used; rename and remove. */
export function FactorRow({
  factor,
  last,
  onChanged,
}: {
  factor: FactorView;
  last: boolean;
  onChanged: (message: string) => void;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const stepUp = useStepUp();
  const [mode, setMode] = useState<"view" | "rename" | "remove">("view");
  const [label, setLabel] = useState(factor.label);
  const [problem, setProblem] = useState<Problem | null>(null);
  // A mistake found before asking the server, naming the field.
  const [invalid, setInvalid] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const problemId = `factor-${factor.id}-problem`;
  const routes = routesOf(factor.kind);
  // After a rename is saved or cancelled, focus goes back to the Rename button.
  const renameButton = useRef<HTMLButtonElement>(null);
  const renaming = useRef(false);
  useEffect(() => {
    if (renaming.current && mode === "view") renameButton.current?.focus();
    renaming.current = mode === "rename";
  }, [mode]);

  const act = async (
    action: () => Promise<unknown>,
    message: string,
    options: { askFirst?: { text: string } } = {},
  ): Promise<void> => {
    if (pending) return;
    setPending(true);
    setProblem(null);
    try {
      if ((await stepUp.run(action, options)) !== null) {
        setMode("view");
        onChanged(message);
      }
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <li className="factor">
      <div className="factor-main">
        <p className="factor-name">{factor.label}</p>
        <p className="muted">
          {/* A kept default name ("Authenticator app") is not said twice. */}
          {[factor.label === t.methods[factor.kind] ? null : t.methods[factor.kind], factor.model]
            .filter(Boolean)
            .join(" · ")}
          {factor.passkey && (
            <>
              <span className="visually-hidden">, </span>
              <span className="pill tag">{t.twoStep.passkey}</span>
            </>
          )}
        </p>
        <dl className="factor-dates">
          <dt>{t.twoStep.added}</dt>
          <dd>{dateTime(factor.createdAt)}</dd>
          <dt>{t.twoStep.lastUsed}</dt>
          <dd>{factor.lastUsedAt ? dateTime(factor.lastUsedAt) : t.twoStep.never}</dd>
          {factor.kind === "sms" && factor.phone && (
            <>
              <dt>{t.twoStep.phone}</dt>
              <dd>{factor.phone}</dd>
            </>
          )}
          {factor.kind === "push" && (
            <>
              <dt>{t.twoStep.platform}</dt>
              <dd>{factor.platform ?? "—"}</dd>
              <dt>{t.twoStep.lastSeen}</dt>
              <dd>{factor.lastSeenAt ? dateTime(factor.lastSeenAt) : t.twoStep.never}</dd>
            </>
          )}
        </dl>
      </div>
      {mode === "rename" ? (
        <form
          className="rename"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const max = FIELD_LIMITS.label;
            const mistake = mistakeOf({ value: label, max });
            if (mistake) {
              const field = t.twoStep.renameLabel(factor.label);
              setInvalid(mistakeSentence({ words: t.stumbles, mistake, field, max }));
              return;
            }
            void act(() => routes.rename(factor.id, label.trim()), t.twoStep.renamed);
          }}
        >
          <Field
            label={t.twoStep.renameLabel(factor.label)}
            value={label}
            maxLength={FIELD_LIMITS.label}
            autoFocus
            required
            onChange={(event) => {
              setInvalid(null);
              setLabel(event.target.value);
            }}
            errorId={problem || invalid ? problemId : undefined}
          />
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setInvalid(null);
                setMode("view");
              }}
            >
              {t.twoStep.cancel}
            </button>
            <button type="submit" className="button primary" aria-disabled={pending}>
              {t.twoStep.save}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button
            ref={renameButton}
            type="button"
            className="button"
            aria-label={`${t.twoStep.rename}: ${factor.label}`}
            onClick={() => {
              setLabel(factor.label);
              setInvalid(null);
              setMode("rename");
            }}
          >
            {t.twoStep.rename}
          </button>
          <button
            type="button"
            className="button danger"
            aria-label={`${t.twoStep.remove}: ${factor.label}`}
            onClick={() =>
              // The last method: removing it turns two-step off, confirmed as "Turn off" is.
              last
                ? void act(() => routes.remove(factor.id), t.twoStep.removed(factor.label), {
                    askFirst: { text: t.stumbles.removeLast(factor.label) },
                  })
                : setMode("remove")
            }
          >
            {t.twoStep.remove}
          </button>
        </div>
      )}
      {mode !== "remove" && (
        <ProblemMessage
          id={problemId}
          problem={invalid ? { reason: "INVALID_INPUT" } : problem}
          text={invalid ?? undefined}
          reserved
        />
      )}
      {mode === "remove" && (
        <Dialog title={t.twoStep.removeTitle(factor.label)} onClose={() => setMode("view")}>
          <p>{t.twoStep.removeText}</p>
          <ProblemMessage id={problemId} problem={problem} />
          <div className="actions">
            <button type="button" className="button" onClick={() => setMode("view")}>
              {t.twoStep.cancel}
            </button>
            <button
              type="button"
              className="button danger"
              aria-disabled={pending}
              onClick={() =>
                void act(() => routes.remove(factor.id), t.twoStep.removed(factor.label))
              }
            >
              {t.twoStep.remove}
            </button>
          </div>
        </Dialog>
      )}
    </li>
  );
}
