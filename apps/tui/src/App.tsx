import { Box, Text } from "ink";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, runWithStepUp, sendTimeZone, type ApiClient } from "@twofold/client";
import { ThemeContext, type Theme } from "./components/theme";
import { AppContext, type AppContextValue, type Route, type StepUpOptions } from "./lib/context";
import { useAccountLocale } from "./lib/use-account-locale";
import { TEXT } from "./lib/text";
import type { TokenStore } from "./lib/token-store";
import { AddSecurityKey } from "./screens/AddSecurityKey";
import { AddSMS } from "./screens/AddSMS";
import { AddDevice } from "./screens/AddDevice";
import { EnrollDevice } from "./screens/EnrollDevice";
import { AddTOTP } from "./screens/AddTOTP";
import { AppPasswords } from "./screens/AppPasswords";
import { BackupCodes } from "./screens/BackupCodes";
import { BrowserPolicy } from "./screens/BrowserPolicy";
import { ChangePassword } from "./screens/ChangePassword";
import { Factor } from "./screens/Factor";
import { ForgotPassword } from "./screens/ForgotPassword";
import { NewAppPassword } from "./screens/NewAppPassword";
import { Offline } from "./screens/Offline";
import { Recover } from "./screens/Recover";
import { SecondFactor } from "./screens/SecondFactor";
import { SecurityLog } from "./screens/SecurityLog";
import { Sessions } from "./screens/Sessions";
import { RecoveryContacts } from "./screens/RecoveryContacts";
import { Checkup } from "./screens/Checkup";
import { Settings } from "./screens/Settings";
import { SignIn } from "./screens/SignIn";
import { SignUp } from "./screens/SignUp";
import { StepUp } from "./screens/step-up/StepUp";
import { Welcome } from "./screens/Welcome";

interface Ask {
  text: string;
  done: (confirmed: boolean) => void;
}

export function App({
  api,
  server,
  store,
  theme,
}: {
  api: ApiClient;
  server: string;
  store: TokenStore;
  theme: Theme;
}): ReactNode {
  const [route, setRoute] = useState<Route>({ name: "loading" });
  const [ask, setAsk] = useState<Ask | null>(null);
  const askRef = useRef<Ask | null>(null);
  const { follow, leave } = useAccountLocale();

  const forget = useCallback(() => {
    store.set(null);
    leave();
    setRoute({ name: "welcome" });
  }, [store, leave]);

  const resume = useCallback(
    async (notice?: string) => {
      if (!store.get()) return setRoute({ name: "welcome" });
      try {
        const me = await api.auth.me.query();
        // Signed in, even half-way: the screen speaks the account's language from now on.
        follow(me.user.locale);
        // The account's emails write times in the terminal's zone (TZ, else the system's).
        sendTimeZone(api, me);
        // A reset left half-way (the app was closed): its session opens nothing, end it.
        if (me.session.purpose === "password_reset") {
          await api.auth.signOut.mutate().catch(() => undefined);
          return forget();
        }
        if (me.session.state === "pending_second_factor") setRoute({ name: "secondFactor", me });
        else if (me.user.passwordChangeRequired)
          setRoute({ name: "changePassword", required: true, ...(notice && { notice }) });
        else setRoute({ name: "settings", ...(notice && { notice }) });
      } catch (error) {
        const { reason } = problemOf(error);
        if (reason === "NETWORK") setRoute({ name: "offline" });
        else forget();
      }
    },
    [api, store, forget, follow],
  );

  useEffect(() => {
    void resume();
  }, [resume]);

  const confirm = useCallback(
    (text: string) =>
      new Promise<boolean>((resolve) => {
        askRef.current?.done(false);
        const next: Ask = {
          text,
          done: (confirmed) => {
            askRef.current = null;
            setAsk(null);
            resolve(confirmed);
          },
        };
        askRef.current = next;
        setAsk(next);
      }),
    [],
  );

  const stepUp = useCallback(
    <T,>(action: () => Promise<T>, options: StepUpOptions = {}): Promise<T | null> =>
      runWithStepUp(action, confirm, { ...options, retryText: TEXT.password.title }),
    [confirm],
  );

  const go = useCallback((next: Route) => setRoute(next), []);
  const value = useMemo<AppContextValue>(
    () => ({ api, server, store, go, resume, forget, stepUp, inputEnabled: ask === null }),
    [api, server, store, go, resume, forget, stepUp, ask],
  );

  return (
    <ThemeContext.Provider value={theme}>
      <AppContext.Provider value={value}>
        <Box display={ask ? "none" : "flex"} flexDirection="column">
          <Page route={route} />
        </Box>
        {ask && (
          <AppContext.Provider value={{ ...value, inputEnabled: true }}>
            <StepUp text={ask.text} onDone={ask.done} />
          </AppContext.Provider>
        )}
      </AppContext.Provider>
    </ThemeContext.Provider>
  );
}

function Page({ route }: { route: Route }): ReactNode {
  switch (route.name) {
    case "loading":
      return <Text>{TEXT.title}…</Text>;
    case "offline":
      return <Offline />;
    case "welcome":
      return <Welcome />;
    case "signIn":
      return <SignIn />;
    case "signUp":
      return <SignUp />;
    case "forgotPassword":
      return <ForgotPassword />;
    case "recover":
      return <Recover email={route.email} />;
    case "secondFactor":
      return <SecondFactor me={route.me} />;
    case "settings":
      return <Settings notice={route.notice} />;
    case "factor":
      return <Factor factor={route.factor} last={route.last} />;
    case "addTOTP":
      return <AddTOTP />;
    case "addKey":
      return <AddSecurityKey />;
    case "addSMS":
      return <AddSMS />;
    case "enrollDevice":
      return <EnrollDevice />;
    case "addDevice":
      return <AddDevice />;
    case "codes":
      return <BackupCodes codes={route.codes} />;
    case "log":
      return <SecurityLog />;
    case "appPasswords":
      return <AppPasswords notice={route.notice} />;
    case "newAppPassword":
      return <NewAppPassword />;
    case "sessions":
      return <Sessions />;
    case "recoveryContacts":
      return <RecoveryContacts />;
    case "checkup":
      return <Checkup />;
    case "browserPolicy":
      return <BrowserPolicy policy={route.policy} />;
    case "changePassword":
      return <ChangePassword required={route.required ?? false} notice={route.notice} />;
  }
}
