import { useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { Header } from "./components/Header";
import { StepUpProvider } from "./components/StepUp";
import { useI18n } from "./i18n/i18n";
import { problemOf, type Me, type Problem } from "./lib/api";
import { redirectFor } from "./lib/landing";
import { useMe } from "./lib/queries";
import { Link, navigate, PATHS, usePath } from "./lib/router";
import { AddDevice } from "./screens/AddDevice";
import { AddSecurityKey } from "./screens/AddSecurityKey";
import { AddSMS } from "./screens/AddSMS";
import { AddTOTP } from "./screens/AddTOTP";
import { AppPasswords } from "./screens/AppPasswords";
import { BrowserLaunch } from "./screens/BrowserLaunch";
import { ChangePassword } from "./screens/ChangePassword";
import { ForgotPassword } from "./screens/ForgotPassword";
import { Home } from "./screens/Home";
import { NewAppPassword } from "./screens/NewAppPassword";
import { NotMe } from "./screens/NotMe";
import { RecoveryBanner } from "./components/RecoveryBanner";
import { Recover } from "./screens/Recover";
import { Profile } from "./screens/Profile";
import { RecoveryContacts } from "./screens/RecoveryContacts";
import { ResetPassword, ResetUnderWay } from "./screens/ResetPassword";
import { SecondFactor } from "./screens/SecondFactor";
import { SecurityLog } from "./screens/SecurityLog";
import { Sessions } from "./screens/Sessions";
import { SignIn } from "./screens/SignIn";
import { SignUp } from "./screens/SignUp";
import { TwoStep } from "./screens/TwoStep";
import { VerifyEmailLink } from "./screens/VerifyEmailLink";

export function App(): ReactNode {
  const me = useMe();
  const path = usePath();
  const signedOut = me.error !== null && problemOf(me.error).reason === "UNAUTHENTICATED";
  // A failed refetch keeps the previous answer in `data`: once signed out, it is nobody's.
  const user = signedOut ? null : (me.data ?? null);
  const pending = user?.session.state === "pending_second_factor";
  const passwordChangeRequired = user?.user.passwordChangeRequired ?? false;

  // Each page's address tells where the person is; fix it when the session says otherwise.
  useEffect(() => {
    const to = redirectFor(path, {
      signedOut,
      signedIn: user !== null,
      pending,
      passwordChangeRequired,
    });
    if (to) navigate(to, { replace: true });
  }, [signedOut, pending, user, path, passwordChangeRequired]);

  return (
    <StepUpProvider>
      <Layout me={user} path={path}>
        {path === PATHS.notMe ? (
          // Opened from an email: the same page whether this browser is signed in or not.
          <NotMe />
        ) : path === PATHS.resetPassword ? (
          // From the emailed link; its own session (two-step on) may be pending meanwhile.
          <ResetPassword />
        ) : path === PATHS.forgotPassword ? (
          <ForgotPassword />
        ) : path === PATHS.recover ? (
          // From the second step of a sign-in, or the link sent to the recovery address.
          <Recover />
        ) : path === PATHS.verifyEmail ? (
          <VerifyEmailLink />
        ) : user ? (
          <Page me={user} path={path} />
        ) : signedOut ? (
          path === PATHS.signUp ? (
            <SignUp />
          ) : (
            <SignIn />
          )
        ) : me.error ? (
          <Unavailable problem={problemOf(me.error)} retry={() => void me.refetch()} />
        ) : (
          <Loading />
        )}
      </Layout>
    </StepUpProvider>
  );
}

function Page({ me, path }: { me: Me; path: string }): ReactNode {
  // A reset link's session opens no page of the account (the server refuses them all).
  if (me.session.purpose === "password_reset") return <ResetUnderWay />;
  if (me.session.state === "pending_second_factor") return <SecondFactor me={me} />;
  // "This wasn't me" was used: a new password before anything else.
  if (me.user.passwordChangeRequired) return <ChangePassword required />;
  switch (path) {
    case PATHS.home:
    case PATHS.signIn:
    case PATHS.signUp:
    case PATHS.verify:
      return <Home me={me} />;
    case PATHS.profile:
      return <Profile me={me} />;
    case PATHS.twoStep:
      return <TwoStep me={me} />;
    case PATHS.addTOTP:
      return <AddTOTP me={me} />;
    case PATHS.addSecurityKey:
      return <AddSecurityKey me={me} />;
    case PATHS.addDevice:
      return <AddDevice me={me} />;
    case PATHS.addSMS:
      return <AddSMS me={me} />;
    case PATHS.appPasswords:
      return <AppPasswords me={me} />;
    case PATHS.newAppPassword:
      return <NewAppPassword me={me} />;
    case PATHS.sessions:
      return <Sessions />;
    case PATHS.browserLaunch:
      return <BrowserLaunch />;
    case PATHS.changePassword:
      return <ChangePassword />;
    case PATHS.securityLog:
      return <SecurityLog />;
    case PATHS.recoveryContacts:
      return <RecoveryContacts />;
    default:
      return <NotFound />;
  }
}

/**
 * Header, then the page; on every page change focus moves to the page's heading, and the
 * window's title follows that heading.
 */
function Layout({ me, path, children }: { me: Me | null; path: string; children: ReactNode }) {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const update = (): void => {
      const heading = root.querySelector("h1")?.textContent?.trim();
      const title = heading ? `${heading} – ${t.app.name}` : t.app.name;
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [t]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector("h1");
    if (heading instanceof HTMLElement && !main.current?.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <Header me={me} />
      <main id="main" ref={main} tabIndex={-1}>
        {me?.session.state === "active" && <RecoveryBanner />}
        {children}
      </main>
    </>
  );
}

function Loading(): ReactNode {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.app.loading}
    </p>
  );
}

/** `me` failed: the server is out of reach (NETWORK), or it said why. */
function Unavailable({ problem, retry }: { problem: Problem; retry: () => void }): ReactNode {
  const { t } = useI18n();
  const text =
    problem.reason === "NETWORK"
      ? t.app.offline
      : (t.reasons[problem.reason] ?? t.reasons.INTERNAL_ERROR);
  return (
    <section className="card narrow" role="alert">
      <h1>{text}</h1>
      <button type="button" className="button primary" onClick={retry}>
        {t.app.retry}
      </button>
    </section>
  );
}

function NotFound(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="card narrow">
      <h1 id="page-title">{t.app.notFound}</h1>
      <Link to={PATHS.home}>{t.app.backHome}</Link>
    </section>
  );
}
