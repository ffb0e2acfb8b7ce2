import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import { api, problemOf, type Outputs, type Problem } from "../../lib/api";
import { useLongPoll, WAIT_SECONDS } from "../../lib/use-long-poll";
import { ProblemMessage } from "../ProblemMessage";
import { CancelOnly } from "./CancelOnly";
import type { MethodProps } from "./method";

type Request = Outputs["account"]["startStepUpPush"];

type Phase =
  | { kind: "starting" }
  | { kind: "waiting"; request: Request }
  | { kind: "approved" }
  | { kind: "ended"; problem: Problem };

/** A new request cannot help with these: the sentence says what to do instead. */
const NO_NEW_REQUEST: readonly string[] = ["FACTOR_NOT_AVAILABLE", "PUSH_PAUSED", "RATE_LIMITED"];

/**
 * Step-up with the authenticator device, with number matching: a request goes to the devices
 * as the method is shown, the dialog shows the number to pick there and waits for the answer
 * (a long poll). Leaving the method (another one, or the dialog closes) ends the request.
 */
export function PushMethod({ onConfirmed, onCancel }: MethodProps): ReactNode {
  const { t, time } = useI18n();
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
    api.account.startStepUpPush.mutate().then(
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
      await api.account.finishStepUpPush.mutate({ requestId });
      onConfirmed();
    } catch (error) {
      if (mounted.current) setPhase({ kind: "ended", problem: problemOf(error) });
    }
  };

  useLongPoll(phase.kind === "waiting" ? phase.request.requestId : null, {
    ask: (requestId, signal) =>
      api.account.stepUpPushResult.query({ requestId, waitSeconds: WAIT_SECONDS }, { signal }),
    onAnswer: ({ status }) => {
      if (status === "pending") return true;
      if (phase.kind !== "waiting") return false;
      if (status === "approved") void finish(phase.request.requestId);
      else
        setPhase({
          kind: "ended",
          problem: { reason: status === "expired" ? "PUSH_EXPIRED" : "PUSH_DENIED" },
        });
      return false;
    },
    onProblem: (problem) => setPhase({ kind: "ended", problem }),
  });

  // Leaving the method while a request waits ends it: the device stops asking.
  const waitingId = phase.kind === "waiting" ? phase.request.requestId : null;
  useEffect(() => {
    if (!waitingId) return;
    return () => {
      if (!mounted.current)
        void api.account.cancelStepUpPush.mutate({ requestId: waitingId }).catch(() => {});
    };
  }, [waitingId]);

  const again = (): void => {
    setPhase({ kind: "starting" });
    setAttempt((n) => n + 1);
  };

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
        ) : null}
      </div>
      {phase.kind === "waiting" && (
        <p className="hint">{t.stepUp.pushExpires(time(phase.request.expiresAt))}</p>
      )}
      <ProblemMessage
        id="step-up-push-problem"
        problem={phase.kind === "ended" ? phase.problem : null}
      />
      {phase.kind === "ended" && !NO_NEW_REQUEST.includes(phase.problem.reason) && (
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
