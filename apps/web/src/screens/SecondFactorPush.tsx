import { useState } from "react";
import type { ReactNode } from "react";
import { GeoAttribution } from "../components/GeoAttribution";
import { ProblemMessage } from "../components/ProblemMessage";
import { CodeForm } from "./CodeForm";
import { useI18n } from "../i18n/i18n";
import { api } from "../lib/api";
import { useSignInComplete } from "../lib/sign-in-complete";
import { usePushRequest } from "../lib/use-push-request";

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
 * shown, the page shows the number to type there and waits for the answer (`usePushRequest`).
 */
export function PushStep(): ReactNode {
  const [offline, setOffline] = useState(false);
  const { t, time } = useI18n();
  const complete = useSignInComplete();
  const { phase, again } = usePushRequest({
    start: () => api.auth.startPush.mutate(),
    ask: (input, options) => api.auth.pushResult.query(input, options),
    finish: async (requestId) => {
      await api.auth.finishPush.mutate({ requestId });
      await complete();
    },
    cancel: (requestId) => api.auth.cancelPush.mutate({ requestId }),
    cancelPath: "auth.cancelPush",
  });

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
