import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { GeoAttribution } from "../components/GeoAttribution";
import { ProblemMessage } from "../components/ProblemMessage";
import { CodeForm } from "./CodeForm";
import { useI18n } from "../i18n/i18n";
import { api, problemOf, type Outputs, type Problem } from "../lib/api";
import { useSignInComplete } from "../lib/sign-in-complete";
import { useLongPoll, WAIT_SECONDS } from "../lib/use-long-poll";

type Request = Outputs["auth"]["startPush"];

type Phase =
  | { kind: "starting" }
  | { kind: "waiting"; request: Request }
  | { kind: "approved" }
  | { kind: "cancelled" }
  | { kind: "ended"; problem: Problem };

/**
 * A new request cannot help with these (yet): the sentence says what to do instead. The sign-in
 * itself is over after its request was reported on the device (UNAUTHENTICATED): sign in again.
 */
const NO_NEW_REQUEST: readonly string[] = [
  "FACTOR_NOT_AVAILABLE",
  "PUSH_PAUSED",
  "RATE_LIMITED",
  "UNAUTHENTICATED",
  "NO_PENDING_SIGN_IN",
];

/**
 * The second step with an authenticator device: a request goes to the devices as the step is
 * shown, the page shows the number to type there and waits for the answer (a long poll: the
 * server answers within moments of the device, about one request per 20 s meanwhile).
 */
export function PushStep(): ReactNode {
  const [offline, setOffline] = useState(false);
  const { t, time } = useI18n();
  const complete = useSignInComplete();
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: "starting" });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // One request per attempt: StrictMode runs this effect twice, the ref lets only one through.
  const startedFor = useRef<number | null>(null);
  useEffect(() => {
    if (startedFor.current === attempt) return;
    startedFor.current = attempt;
    api.auth.startPush.mutate().then(
      (request) => {
        if (mounted.current) setPhase({ kind: "waiting", request });
      },
      (error: unknown) => {
        if (mounted.current) setPhase({ kind: "ended", problem: problemOf(error) });
      },
    );
  }, [attempt]);

  const finish = async (requestId: string): Promise<void> => {
    setPhase({ kind: "approved" });
    try {
      await api.auth.finishPush.mutate({ requestId });
      await complete();
    } catch (error) {
      if (mounted.current) setPhase({ kind: "ended", problem: problemOf(error) });
    }
  };

  useLongPoll(phase.kind === "waiting" ? phase.request.requestId : null, {
    ask: (requestId, signal) =>
      api.auth.pushResult.query({ requestId, waitSeconds: WAIT_SECONDS }, { signal }),
    onAnswer: ({ status }) => {
      if (status === "pending") return true;
      if (phase.kind !== "waiting") return false;
      if (status === "approved") void finish(phase.request.requestId);
      else if (status === "cancelled") setPhase({ kind: "cancelled" });
      else
        setPhase({
          kind: "ended",
          problem: { reason: status === "denied" ? "PUSH_DENIED" : "PUSH_EXPIRED" },
        });
      return false;
    },
    onProblem: (problem) => setPhase({ kind: "ended", problem }),
  });

  // Leaving the step (another method, or away) while a request waits ends it, so the phone
  // says the sign-in was cancelled instead of asking for an answer nobody waits for.
  const waitingId = phase.kind === "waiting" ? phase.request.requestId : null;
  useEffect(() => {
    if (!waitingId) return;
    return () => {
      if (!mounted.current)
        void api.auth.cancelPush.mutate({ requestId: waitingId }).catch(() => {});
    };
  }, [waitingId]);
  // Closing the tab or the browser runs no cleanup: the page says so as it goes, in a request
  // the browser sends even as the page is unloaded (keepalive).
  useEffect(() => {
    if (!waitingId) return;
    const leave = (): void => cancelAsThePageGoes(waitingId);
    window.addEventListener("pagehide", leave);
    return () => window.removeEventListener("pagehide", leave);
  }, [waitingId]);

  const again = (): void => {
    setPhase({ kind: "starting" });
    setAttempt((n) => n + 1);
  };

  return (
    <div className="push-step">
      <h2>{t.secondFactor.pushTitle}</h2>
      {/* The number, or what is happening, read out as it changes. */}
      <div role="status" className="push-status">
        {phase.kind === "waiting" ? (
          <>
            <p id="push-number-label">{t.secondFactor.pushNumberLabel}</p>
            <p
              className="push-number"
              data-testid="push-number"
              aria-describedby="push-number-label"
            >
              {phase.request.number}
            </p>
            <p className="muted">{t.secondFactor.pushWaiting}</p>
            {phase.request.place && (
              <p className="muted" data-testid="push-place">
                {t.secondFactor.pushPlace(t.place.near(phase.request.place))}
              </p>
            )}
          </>
        ) : phase.kind === "starting" ? (
          <p className="muted">{t.secondFactor.pushStarting}</p>
        ) : phase.kind === "approved" ? (
          <p>{t.secondFactor.pushApproved}</p>
        ) : phase.kind === "cancelled" ? (
          <p>{t.secondFactor.pushCancelled}</p>
        ) : null}
      </div>
      {phase.kind === "waiting" && (
        <p className="hint">{t.secondFactor.pushExpires(time(phase.request.expiresAt))}</p>
      )}
      {phase.kind === "waiting" && phase.request.place && <GeoAttribution />}
      <ProblemMessage
        id="push-problem"
        problem={phase.kind === "ended" ? phase.problem : null}
        reserved
      />
      {offline ? (
        <CodeForm method="device_code" />
      ) : (
        <button type="button" className="link-button" onClick={() => setOffline(true)}>
          {t.secondFactor.deviceCodeOffer}
        </button>
      )}
      {((phase.kind === "ended" && !NO_NEW_REQUEST.includes(phase.problem.reason)) ||
        phase.kind === "cancelled") && (
        <button type="button" className="button primary wide" autoFocus onClick={again}>
          {t.secondFactor.pushAgain}
        </button>
      )}
    </div>
  );
}

/** `auth.cancelPush` as a plain tRPC mutation (POST, JSON body) that outlives the page. */
function cancelAsThePageGoes(requestId: string): void {
  void fetch("/trpc/auth.cancelPush", {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ requestId }),
  }).catch(() => {});
}
