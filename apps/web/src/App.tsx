import { Suspense, useCallback, useEffect, useRef } from "react";
import type { ReactNode } from "react";
import { Header } from "./components/Header";
import { PageLoadBoundary } from "./components/PageLoadBoundary";
import { StepUpProvider } from "./components/StepUp";
import { useI18n } from "./i18n/i18n";
import { problemOf, type Me, type Problem } from "./lib/api";
import { redirectFor } from "./lib/landing";
import { useMe } from "./lib/queries";
import { useTimeZoneSync } from "./lib/time-zone";
import { isInteractionPage } from "./lib/interaction-view";
import { lazyScreen } from "./lib/lazy-screen";
import { Link, navigate, PATHS, usePath, useSearch } from "./lib/router";
import { RecoveryBanner } from "./components/RecoveryBanner";
import { SignIn } from "./screens/SignIn";

// Every page but sign-in comes as its own chunk when first shown (the first page stays small).
const AddDevice = lazyScreen(() => import("./screens/AddDevice").then((m) => m.AddDevice));
const AddSecurityKey = lazyScreen(() =>
  import("./screens/AddSecurityKey").then((m) => m.AddSecurityKey),
);
const AddSMS = lazyScreen(() => import("./screens/AddSMS").then((m) => m.AddSMS));
const AddTOTP = lazyScreen(() => import("./screens/AddTOTP").then((m) => m.AddTOTP));
const AppInteraction = lazyScreen(() =>
  import("./screens/AppInteraction").then((m) => m.AppInteraction),
);
const AppPasswords = lazyScreen(() => import("./screens/AppPasswords").then((m) => m.AppPasswords));
const BrowserLaunch = lazyScreen(() =>
  import("./screens/BrowserLaunch").then((m) => m.BrowserLaunch),
);
const ChangePassword = lazyScreen(() =>
  import("./screens/ChangePassword").then((m) => m.ChangePassword),
);
const ForgotPassword = lazyScreen(() =>
  import("./screens/ForgotPassword").then((m) => m.ForgotPassword),
);
const Home = lazyScreen(() => import("./screens/Home").then((m) => m.Home));
const NewAppPassword = lazyScreen(() =>
  import("./screens/NewAppPassword").then((m) => m.NewAppPassword),
);
const NotMe = lazyScreen(() => import("./screens/NotMe").then((m) => m.NotMe));
const Recover = lazyScreen(() => import("./screens/Recover").then((m) => m.Recover));
const Checkup = lazyScreen(() => import("./screens/Checkup").then((m) => m.Checkup));
const Profile = lazyScreen(() => import("./screens/Profile").then((m) => m.Profile));
const RecoveryContacts = lazyScreen(() =>
  import("./screens/RecoveryContacts").then((m) => m.RecoveryContacts),
);
const ResetPassword = lazyScreen(() =>
  import("./screens/ResetPassword").then((m) => m.ResetPassword),
);
const ResetUnderWay = lazyScreen(() =>
  import("./screens/ResetPassword").then((m) => m.ResetUnderWay),
);
const SecondFactor = lazyScreen(() => import("./screens/SecondFactor").then((m) => m.SecondFactor));
const SecurityLog = lazyScreen(() => import("./screens/SecurityLog").then((m) => m.SecurityLog));
const Sessions = lazyScreen(() => import("./screens/Sessions").then((m) => m.Sessions));
const SignUp = lazyScreen(() => import("./screens/SignUp").then((m) => m.SignUp));
const TwoStep = lazyScreen(() => import("./screens/TwoStep").then((m) => m.TwoStep));
const VerifyEmailLink = lazyScreen(() =>
  import("./screens/VerifyEmailLink").then((m) => m.VerifyEmailLink),
);

export function App(): ReactNode {
  const me = useMe();
  const path = usePath();
  const search = useSearch();
  const signedOut = me.error !== null && problemOf(me.error).reason === "UNAUTHENTICATED";
  // A failed refetch keeps the previous answer in `data`: once signed out, it is nobody's.
  const user = signedOut ? null : (me.data ?? null);
  const pending = user?.session.state === "pending_second_factor";
  const passwordChangeRequired = user?.user.passwordChangeRequired ?? false;
  useTimeZoneSync(user);

  // Signed out, on the sign-in page: the pages that follow a sign-in load meanwhile.
  useEffect(() => {
    if (!signedOut) return;
    const timer = setTimeout(() => {
      void import("./screens/SecondFactor");
      void import("./screens/Home");
    }, 1_000);
    return () => clearTimeout(timer);
  }, [signedOut]);

  // Each page's address tells where the person is; fix it when the session says otherwise.
  useEffect(() => {
    const to = redirectFor(
      path,
      { signedOut, signedIn: user !== null, pending, passwordChangeRequired },
      search,
    );
    if (to) navigate(to, { replace: true });
  }, [signedOut, pending, user, path, search, passwordChangeRequired]);

  return (
    <StepUpProvider>
      <Layout me={user} path={path}>
        <PageLoadBoundary path={path} fallback={<PageLoadFailed />}>
          <Suspense fallback={<Loading />}>
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
            ) : isInteractionPage(path, search) && (user || signedOut) ? (
              // An app's sign-in through Twofold: signed out, pending or signed in, on this page.
              <AppInteraction key={search} me={user} />
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
          </Suspense>
        </PageLoadBoundary>
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
    case PATHS.checkup:
      return <Checkup />;
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
  // A new page's heading takes the focus once it is there: a page's chunk may arrive later, and
  // meanwhile React keeps the previous page hidden in place (its heading must not be chosen).
  const focusPending = useRef(false);
  const focusHeading = useCallback((): void => {
    const root = main.current;
    if (!focusPending.current || !root) return;
    const heading = visibleHeading(root);
    if (!heading) return;
    focusPending.current = false;
    if (!root.contains(document.activeElement)) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, []);
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    const update = (): void => {
      const text = visibleHeading(root)?.textContent?.trim();
      const title = text ? `${text} – ${t.app.name}` : t.app.name;
      if (document.title !== title) document.title = title;
      focusHeading();
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [t, focusHeading]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusPending.current = true;
    focusHeading();
  }, [path, focusHeading]);
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

/** The page's heading as shown (a page waiting for its chunk is hidden, not gone). */
function visibleHeading(root: HTMLElement): HTMLElement | undefined {
  return [...root.querySelectorAll("h1")].find((h) => h.getClientRects().length > 0);
}

/** A page's script did not arrive: out of reach, or this tab predates an update. */
function PageLoadFailed(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="card narrow" role="alert">
      <h1>{t.app.offline}</h1>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
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
