import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo } from "react";
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

/** Where a sign-in goes: the settings pages, or back to the app that sent the person here. */
export interface SignInRoute {
  /** The session is complete (password, passkey, second step or mailed code). */
  complete: () => Promise<void>;
  /** The password was right and the second step is due. */
  secondStep: () => Promise<void>;
}

/** The settings' own sign-in: home once signed in, the second step's page before. */
function useSettingsRoute(): SignInRoute {
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      complete: async () => {
        await sessionStarted(queryClient);
        navigate(PATHS.home, { replace: true });
      },
      secondStep: async () => {
        await sessionStarted(queryClient);
        navigate(PATHS.verify, { replace: true });
      },
    }),
    [queryClient],
  );
}

const Route = createContext<SignInRoute | null>(null);
/** Set by an app's sign-in page (an OpenID interaction), which continues to the app instead. */
export const SignInRouteProvider = Route.Provider;

export function useSignInRoute(): SignInRoute {
  const settings = useSettingsRoute();
  return useContext(Route) ?? settings;
}

/**
 * What every second step does once the server accepted it: trust this browser if asked (the
 * session was fully authenticated a moment ago, so the server asks for no password), then where
 * the sign-in goes (`useSignInRoute`). Failing to trust the browser does not undo the sign-in:
 * the home page says so.
 */
export function useSignInComplete(): () => Promise<void> {
  const trust = useContext(TrustChoice);
  const { t } = useI18n();
  const instead = useContext(StepDone);
  const { complete } = useSignInRoute();
  const signedIn = useCallback(async () => {
    if (trust.current) {
      try {
        await api.auth.trustBrowser.mutate();
      } catch {
        const earlier = takeFlash();
        setFlash([earlier, t.secondFactor.trustFailed].filter(Boolean).join(" "));
      }
    }
    await complete();
  }, [trust, t, complete]);
  return instead ?? signedIn;
}
