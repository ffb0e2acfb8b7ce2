import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api } from "../../lib/api";
import { usePushRequest } from "../../lib/use-push-request";
import { ProblemMessage } from "../ProblemMessage";
import { CancelOnly } from "./CancelOnly";
import type { MethodProps } from "./method";

/** A new request cannot help with these: the sentence says what to do instead. */
const NO_NEW_REQUEST: readonly string[] = [
  "FACTOR_NOT_AVAILABLE",
  "PUSH_PAUSED",
  "RATE_LIMITED",
  "UNAUTHENTICATED",
];

/**
 * Step-up with the authenticator device, with number matching: a request goes to the devices
 * as the method is shown, the dialog shows the number to pick there and waits for the answer
 * (`usePushRequest`). Leaving the method (another one, the dialog closes, the tab closes) ends
 * the request.
 */
export function PushMethod({ onConfirmed, onCancel }: MethodProps): ReactNode {
  const { t, time } = useI18n();
  const { phase, again } = usePushRequest({
    start: () => api.account.startStepUpPush.mutate(),
    ask: (input, options) => api.account.stepUpPushResult.query(input, options),
    finish: async (requestId) => {
      await api.account.finishStepUpPush.mutate({ requestId });
      onConfirmed();
    },
    cancel: (requestId) => api.account.cancelStepUpPush.mutate({ requestId }),
    cancelPath: "account.cancelStepUpPush",
  });

  return (
    <div className="push-step">
      <div role="status" className="push-status">
        {phase.kind === "waiting" ? (
          <>
            <p id="step-up-number-label">{t.stepUp.pushNumberLabel}</p>
            <p
              className="push-number"
              data-testid="step-up-number"
              aria-describedby="step-up-number-label"
            >
              {phase.request.number}
            </p>
            <p className="muted">{t.stepUp.pushWaiting}</p>
          </>
        ) : phase.kind === "starting" ? (
          <p className="muted">{t.stepUp.pushStarting}</p>
        ) : phase.kind === "approved" ? (
          <p>{t.stepUp.pushApproved}</p>
        ) : phase.kind === "cancelled" ? (
          <p>{t.stepUp.pushCancelled}</p>
        ) : null}
      </div>
      {phase.kind === "waiting" && (
        <p className="hint">{t.stepUp.pushExpires(time(phase.request.expiresAt))}</p>
      )}
      <ProblemMessage
        id="step-up-push-problem"
        problem={phase.kind === "ended" ? phase.problem : null}
      />
      {((phase.kind === "ended" && !NO_NEW_REQUEST.includes(phase.problem.reason)) ||
        phase.kind === "cancelled") && (
        <p>
          <button type="button" className="button primary wide" onClick={again}>
            {t.stepUp.pushAgain}
          </button>
        </p>
      )}
      <CancelOnly onCancel={onCancel} />
    </div>
  );
}
