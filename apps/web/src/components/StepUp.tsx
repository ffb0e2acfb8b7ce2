import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { runWithStepUp } from "@twofold/client";
import { usePath } from "../lib/router";
import type { StepUpMethod } from "./step-up/method";
import { StepUpDialog } from "./step-up/StepUpDialog";

/** What to ask before a change: the sentence, and which methods may confirm it (else any). */
interface AskFirst {
  text: string;
  methods?: readonly StepUpMethod[];
}

interface StepUp {
  /**
   * Runs a security change. With `askFirst` one of the person's strong methods is asked before
   * (the person is told what they confirm); otherwise only when the server answers
   * REAUTH_REQUIRED, and the change is then retried once. Resolves to null when the person
   * cancels.
   */
  run: <T>(action: () => Promise<T>, options?: { askFirst?: AskFirst }) => Promise<T | null>;
}

interface Ask {
  id: number;
  text: string;
  methods: readonly StepUpMethod[] | null;
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
    (text: string, methods: readonly StepUpMethod[] | null) =>
      new Promise<boolean>((resolve) => {
        open.current?.resolve(false);
        open.current = { id: (asked.current += 1), text, methods, resolve };
        setAsk(open.current);
      }),
    [],
  );
  useEffect(() => {
    if (open.current) answer(false);
  }, [path, answer]);
  const run = useCallback(
    <T,>(action: () => Promise<T>, options: { askFirst?: AskFirst } = {}) =>
      runWithStepUp(action, (text) => confirm(text, options.askFirst?.methods ?? null), {
        ...(options.askFirst && { askFirst: options.askFirst.text }),
        retryText: t.password.text,
      }),
    [confirm, t],
  );
  const value = useMemo(() => ({ run }), [run]);
  return (
    <StepUpContext.Provider value={value}>
      {children}
      {ask && <StepUpDialog key={ask.id} text={ask.text} allowed={ask.methods} onDone={answer} />}
    </StepUpContext.Provider>
  );
}

export function useStepUp(): StepUp {
  const value = useContext(StepUpContext);
  if (!value) throw new Error("useStepUp outside StepUpProvider");
  return value;
}
