import { Text, useInput } from "ink";
import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { useTwofold } from "../../lib/context";
import { currentLocale } from "../../lib/locale";
import { stepUpPushResult, waitForPushAnswer } from "../../lib/push-answer";
import { problemText } from "../../lib/text";
import { PUSH_WAIT_TEXT } from "../../lib/text-push-wait";
import { STEP_UP_TEXT } from "../../lib/text-step-up";

/** How a request ended without an approval ("failed": its reason is on the problem line). */
type Ended = "denied" | "expired" | "cancelled" | "failed";

export interface PushStepProps {
  onConfirmed: () => void;
  onProblem: (problem: Problem | null) => void;
  /** The request ended without an approval: Enter now asks again (`onAgain`). */
  onEnded: () => void;
  onAgain: () => void;
}

/**
 * "Approve on your authenticator device": a step-up request to the person's devices, the
 * number to pick there (as at sign-in, `PushWait`), its answer waited for with a long poll;
 * once approved, the step-up is finished. Leaving the step while it waits cancels the request,
 * so the device says so. One request per mount: a new request is a new mount.
 */
export function PushStep(props: PushStepProps): ReactNode {
  const { api, server } = useTwofold();
  // The latest callbacks, so that a new render of the screen starts no new request.
  const on = useRef(props);
  on.current = props;
  const [push, setPush] = useState<{ requestId: string; number: number } | null>(null);
  const [ended, setEnded] = useState<Ended | null>(null);
  const [retrying, setRetrying] = useState(false);
  const started = useRef(false);
  const text = PUSH_WAIT_TEXT[currentLocale()];

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    api.account.startStepUpPush.mutate().then(
      (p) => setPush({ requestId: p.requestId, number: p.number }),
      (error: unknown) => {
        on.current.onProblem(problemOf(error));
        setEnded("failed");
        on.current.onEnded();
      },
    );
  }, [api]);

  useEffect(() => {
    if (!push) return;
    const controller = new AbortController();
    let answered = false;
    const end = (how: Ended): void => {
      setEnded(how);
      on.current.onEnded();
    };
    const wait = async (): Promise<void> => {
      const answer = await waitForPushAnswer({
        api,
        requestId: push.requestId,
        signal: controller.signal,
        onRetry: (retry) => !controller.signal.aborted && setRetrying(retry),
        ask: stepUpPushResult(api),
      });
      if (answer === null) return;
      answered = true;
      if (answer !== "approved") return end(answer);
      await api.account.finishStepUpPush.mutate({ requestId: push.requestId });
      on.current.onConfirmed();
    };
    wait().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      on.current.onProblem(problemOf(error));
      end("failed");
    });
    return () => {
      controller.abort();
      if (!answered)
        void api.account.cancelStepUpPush.mutate({ requestId: push.requestId }).catch(() => {});
    };
  }, [api, push]);

  useInput((_input, key) => key.return && on.current.onAgain(), { isActive: ended !== null });

  if (ended === "failed") return null;
  if (ended === "cancelled") return <Text bold>{STEP_UP_TEXT.pushCancelled}</Text>;
  if (ended === "denied") return <Text bold>{STEP_UP_TEXT.pushDenied}</Text>;
  if (ended === "expired") return <Text bold>{problemText({ reason: "PUSH_EXPIRED" })}</Text>;
  if (!push) return <Text>{text.sending}</Text>;
  return (
    <>
      <Text>{text.checkDevice}</Text>
      <Text bold>{`  ${push.number}`}</Text>
      {retrying && <Text dimColor>{text.reconnecting(server)}</Text>}
    </>
  );
}
