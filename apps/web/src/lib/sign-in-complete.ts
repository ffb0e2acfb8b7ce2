import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext } from "react";
import { useI18n } from "../i18n/i18n";
import { api } from "./api";
import { setFlash, takeFlash } from "./flash";
import { sessionStarted } from "./queries";
import { navigate, PATHS } from "./router";

/**
 * Whether the person ticked "Don't ask again on this browser" on the second step. A ref, read
 * when the step succeeds, so that a step's callbacks never hold an old answer.
 */
const TrustChoice = createContext<{ readonly current: boolean }>({ current: false });
export const TrustChoiceProvider = TrustChoice.Provider;

/**
 * What a second step does instead, when it is not a sign-in's: a password reset goes on to the
 * new password (no browser to trust, no home page: the reset's session opens nothing else).
 */
const StepDone = createContext<(() => Promise<void>) | null>(null);
export const StepDoneProvider = StepDone.Provider;

/**
 * What every second step does once the server accepted it: trust this browser if asked (the
 * session was fully authenticated a moment ago, so the server asks for no password), then the
 * home page. Failing to trust the browser does not undo the sign-in: the home page says so.
 */
export function useSignInComplete(): () => Promise<void> {
  const queryClient = useQueryClient();
  const trust = useContext(TrustChoice);
  const { t } = useI18n();
  const instead = useContext(StepDone);
  const signedIn = useCallback(async () => {
    if (trust.current) {
      try {
        await api.auth.trustBrowser.mutate();
      } catch {
        const earlier = takeFlash();
        setFlash([earlier, t.secondFactor.trustFailed].filter(Boolean).join(" "));
      }
    }
    await sessionStarted(queryClient);
    navigate(PATHS.home, { replace: true });
  }, [queryClient, trust, t]);
  return instead ?? signedIn;
}
