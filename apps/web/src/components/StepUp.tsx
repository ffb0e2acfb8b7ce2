import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { FormEvent, ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { runWithStepUp } from "@twofold/client";
import { api, problemOf, type Problem } from "../lib/api";
import { usePath } from "../lib/router";
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
  id: number;
  text: string;
  resolve: (confirmed: boolean) => void;
}

const StepUpContext = createContext<StepUp | null>(null);

export function StepUpProvider({ children }: { children: ReactNode }): ReactNode {
  const [ask, setAsk] = useState<Ask | null>(null);
  // The open question, so that a newer one or a page change answers it (never left hanging).
  const open = useRef<Ask | null>(null);
  const asked = useRef(0);
  const { t } = useI18n();
  const path = usePath();
  const answer = useCallback((confirmed: boolean) => {
    const current = open.current;
    open.current = null;
    setAsk(null);
    current?.resolve(confirmed);
  }, []);
  const confirm = useCallback(
    (text: string) =>
      new Promise<boolean>((resolve) => {
        open.current?.resolve(false);
        open.current = { id: (asked.current += 1), text, resolve };
        setAsk(open.current);
      }),
    [],
  );
  useEffect(() => {
    if (open.current) answer(false);
  }, [path, answer]);
  const run = useCallback(
    <T,>(action: () => Promise<T>, options: { askFirst?: { text: string } } = {}) =>
      runWithStepUp(action, confirm, {
        ...(options.askFirst && { askFirst: options.askFirst.text }),
        retryText: t.password.text,
      }),
    [confirm, t],
  );
  const value = useMemo(() => ({ run }), [run]);
  return (
    <StepUpContext.Provider value={value}>
      {children}
      {ask && <PasswordDialog key={ask.id} text={ask.text} onDone={answer} />}
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
        <ProblemMessage
          id="password-problem"
          problem={problem}
          text={problem?.reason === "INVALID_CREDENTIALS" ? t.password.wrong : undefined}
        />
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
