import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { ProblemMessage } from "../components/ProblemMessage";
import { useI18n } from "../i18n/i18n";
import { api, type Me } from "../lib/api";
import {
  abortInteraction,
  decideConsent,
  fetchInteractionDetails,
  interactionOf,
  interactionPath,
  type InteractionDetails,
  type InteractionOutcome,
} from "../lib/interaction";
import { interactionReasonText, interactionView } from "../lib/interaction-view";
import { sessionEnded, sessionStarted } from "../lib/queries";
import { Link, PATHS } from "../lib/router";
import { SignInRouteProvider, type SignInRoute } from "../lib/sign-in-complete";
import { useGuardedAction } from "../lib/use-guarded-action";
import { Consent } from "./Consent";
import { ResetUnderWay } from "./ResetPassword";
import { SecondFactor } from "./SecondFactor";
import { SignIn } from "./SignIn";

type Loaded =
  | { at: "loading" }
  | { at: "ready"; details: InteractionDetails }
  | { at: "failed"; reason: string };

/**
 * `/sign-in?interaction=<uid>` and `/consent?interaction=<uid>`: an app sent the person here
 * through Twofold's OpenID provider. The page asks the server what the app requires, signs the
 * person in (again) or shows the consent, then hands back to the server (a top-level navigation
 * to `/oidc/interaction/<uid>`), which returns to the app or sends the browser here again.
 */
export function AppInteraction({ me }: { me: Me | null }): ReactNode {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [uid] = useState(() => interactionOf(window.location.search));
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>(() =>
    uid ? { at: "loading" } : { at: "failed", reason: "INTERACTION_EXPIRED" },
  );
  // Set once the browser is on its way to the server or the app: nothing else is shown then.
  const [leaving, setLeaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!uid) return;
    let current = true;
    void fetchInteractionDetails(uid).then((outcome) => {
      if (!current) return;
      setLoaded(
        outcome.ok
          ? { at: "ready", details: outcome.value }
          : { at: "failed", reason: outcome.reason },
      );
    });
    return () => {
      current = false;
    };
  }, [uid, attempt]);

  const leave = useCallback((url: string): void => {
    setLeaving(true);
    window.location.assign(url);
  }, []);

  /** An answer to Allow, Deny or Cancel: on to its address, or why not. */
  const settle = async (outcome: InteractionOutcome<string>): Promise<void> => {
    if (outcome.ok) return leave(outcome.value);
    if (outcome.reason === "INTERACTION_EXPIRED")
      return setLoaded({ at: "failed", reason: outcome.reason });
    setProblem(outcome.reason);
    // The session ended meanwhile (another tab, "sign out everywhere"): the page asks to sign in.
    if (outcome.reason === "NOT_SIGNED_IN") await sessionEnded(queryClient);
  };

  const cancel = useGuardedAction(async () => {
    if (!uid) return;
    setProblem(null);
    const outcome = await abortInteraction(uid, window.location.origin);
    // A half-done sign-in (password only) is not left waiting behind the person's back.
    if (outcome.ok && me?.session.state === "pending_second_factor")
      await api.auth.signOut.mutate().catch(() => {});
    await settle(outcome);
  }, thrownReason);

  const decision = useRef<"allow" | "deny">("deny");
  const consent = useGuardedAction(async () => {
    if (!uid) return;
    setProblem(null);
    await settle(await decideConsent(uid, decision.current, window.location.origin));
  }, thrownReason);
  const decide = (chosen: "allow" | "deny"): void => {
    decision.current = chosen;
    consent.run();
  };

  const route = useMemo<SignInRoute>(
    () => ({
      complete: async () => {
        if (uid) leave(interactionPath(uid));
      },
      // The page stays: `me` now says the second step is due, and the page shows it.
      secondStep: () => sessionStarted(queryClient),
    }),
    [uid, queryClient, leave],
  );

  if (loaded.at === "loading")
    return (
      <p className="loading" role="status">
        {t.interaction.loading}
      </p>
    );
  if (loaded.at === "failed") {
    if (loaded.reason === "INTERACTION_EXPIRED") return <Expired />;
    return (
      <section className="card narrow" role="alert">
        <h1>{interactionReasonText(t, loaded.reason)}</h1>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setLoaded({ at: "loading" });
            setAttempt((n) => n + 1);
          }}
        >
          {t.app.retry}
        </button>
      </section>
    );
  }

  const { details } = loaded;
  const app = details.client.name;
  if (leaving)
    return (
      <p className="loading" role="status">
        {t.interaction.leaving(app)}
      </p>
    );

  const cancelButton = (
    <button
      type="button"
      className="link-button"
      aria-disabled={cancel.pending}
      onClick={() => cancel.run()}
    >
      {t.interaction.cancel(app)}
    </button>
  );
  const view = interactionView(details, me);
  const shown = problem ?? cancel.failure ?? consent.failure;
  return (
    <SignInRouteProvider value={route}>
      {/* The server's reasons are not all the API's: the sentence is chosen here. */}
      <ProblemMessage
        id="interaction-problem"
        problem={shown ? { reason: "INTERNAL_ERROR" } : null}
        text={shown ? interactionReasonText(t, shown) : undefined}
      />
      {view.screen === "sign-in" ? (
        <SignIn
          forApp={{
            heading: t.interaction.signInTo(app),
            why: view.again && t.interaction.again[view.again](app),
            email: view.email,
            remember: view.remember,
            secondStep: details.signIn.secondFactor,
            cancel: <p className="aside">{cancelButton}</p>,
          }}
        />
      ) : view.screen === "second-step" ? (
        <SecondFactor
          me={view.me}
          intro={t.interaction.secondStepIntro(app)}
          cancel={cancelButton}
        />
      ) : view.screen === "reset-under-way" ? (
        <ResetUnderWay />
      ) : view.screen === "consent" ? (
        <Consent details={details} email={view.email} decide={decide} pending={consent.pending} />
      ) : view.screen === "two-step-off" ? (
        <section className="card narrow" aria-labelledby="page-title">
          <h1 id="page-title">{t.interaction.twoStepOffTitle}</h1>
          <p>{t.interaction.twoStepOff(app)}</p>
          <Link to={PATHS.twoStep} className="button primary">
            {t.interaction.addMethod}
          </Link>
          <p className="aside">{cancelButton}</p>
        </section>
      ) : (
        <section className="card narrow" aria-labelledby="page-title">
          <h1 id="page-title">{t.interaction.continueTitle(app)}</h1>
          <p>{t.interaction.signedInAs(view.email)}</p>
          <button
            type="button"
            className="button primary wide"
            onClick={() => uid && leave(interactionPath(uid))}
          >
            {t.interaction.continue}
          </button>
          <p className="aside">{cancelButton}</p>
        </section>
      )}
    </SignInRouteProvider>
  );
}

/** The helpers answer with values: what throws is a bug, said as such. */
function thrownReason(): string {
  return "INTERNAL_ERROR";
}

/** The request is unknown or over: nothing to continue; the account's pages are still there. */
function Expired(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="card narrow" aria-labelledby="page-title">
      <h1 id="page-title">{t.interaction.expiredTitle}</h1>
      <p>{t.interaction.expired}</p>
      <Link to={PATHS.home}>{t.app.backHome}</Link>
    </section>
  );
}
