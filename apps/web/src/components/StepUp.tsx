import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type Problem } from "../lib/api";
import { Dialog } from "./Dialog";
import { Field } from "./Field";
import { ProblemMessage } from "./ProblemMessage";

interface StepUp {
  /**
   * Runs a security change. With `askFirst` the password is asked before (the person is told
   * what they confirm); otherwise only when the server answers REAUTH_REQUIRED, and the change
   * is then retried once. Resolves to null when the person cancels.
   */
  run: <T>(
    action: () => Promise<T>,
    options?: { askFirst?: { text: string } },
  ) => Promise<T | null>;
}

interface Ask {
  text: string;
  done: (confirmed: boolean) => void;
}

const StepUpContext = createContext<StepUp | null>(null);

export function StepUpProvider({ children }: { children: ReactNode }): ReactNode {
  const [ask, setAsk] = useState<Ask | null>(null);
  const { t } = useI18n();
  const confirm = useCallback(
    (text: string) =>
      new Promise<boolean>((resolve) => {
        setAsk({
          text,
          done: (confirmed) => {
            setAsk(null);
            resolve(confirmed);
          },
        });
      }),
    [],
  );
  const run = useCallback(
    async <T,>(action: () => Promise<T>, options: { askFirst?: { text: string } } = {}) => {
      if (options.askFirst && !(await confirm(options.askFirst.text))) return null;
      try {
        return await action();
      } catch (error) {
        if (problemOf(error).reason !== "REAUTH_REQUIRED") throw error;
        if (!(await confirm(t.password.text))) return null;
        return action();
      }
    },
    [confirm, t],
  );
  const value = useMemo(() => ({ run }), [run]);
  return (
    <StepUpContext.Provider value={value}>
      {children}
      {ask && <PasswordDialog text={ask.text} onDone={ask.done} />}
    </StepUpContext.Provider>
  );
}

export function useStepUp(): StepUp {
  const value = useContext(StepUpContext);
  if (!value) throw new Error("useStepUp outside StepUpProvider");
  return value;
}

function PasswordDialog({
  text,
  onDone,
}: {
  text: string;
  onDone: (confirmed: boolean) => void;
}): ReactNode {
  const { t } = useI18n();
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    try {
      await api.account.reauthenticate.mutate({ password });
      onDone(true);
    } catch (error) {
      setProblem(problemOf(error));
      setPassword("");
    } finally {
      busy.current = false;
      setPending(false);
    }
  };
  return (
    <Dialog title={t.password.title} onClose={() => onDone(false)}>
      <form onSubmit={(event) => void submit(event)}>
        <p>{text}</p>
        <Field
          label={t.password.label}
          type="password"
          autoComplete="current-password"
          autoFocus
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          errorId={problem ? "password-problem" : undefined}
        />
        <ProblemMessage id="password-problem" problem={problem} />
        <div className="actions">
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t.password.cancel}
          </button>
          <button type="submit" className="button primary" disabled={pending}>
            {t.password.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
