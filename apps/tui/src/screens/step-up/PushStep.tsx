import { Text, useInput } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { useTwofold } from "../../lib/context";
import { currentLocale } from "../../lib/locale";
import { stepUpPushResult } from "../../lib/push-answer";
import { problemText } from "../../lib/text";
import { PUSH_WAIT_TEXT } from "../../lib/text-push-wait";
import { STEP_UP_TEXT } from "../../lib/text-step-up";
import { usePushRequest } from "../../lib/use-push-request";

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
 * once approved, the step-up is finished. Leaving the step, or quitting the app, while it
 * waits cancels the request, so the device says so. One request per mount: a new request is a
 * new mount.
 */
export function PushStep(props: PushStepProps): ReactNode {
  const { api, server } = useTwofold();
  const [ended, setEnded] = useState<Ended | null>(null);
  const text = PUSH_WAIT_TEXT[currentLocale()];
  const end = (how: Ended): void => {
    setEnded(how);
    props.onEnded();
  };
  const { push, retrying } = usePushRequest({
    api,
    procedures: {
      start: () => api.account.startStepUpPush.mutate(),
      ask: stepUpPushResult(api),
      cancel: (requestId) => api.account.cancelStepUpPush.mutate({ requestId }),
    },
    onAnswer: async (answer, requestId) => {
      if (answer !== "approved") return end(answer);
      await api.account.finishStepUpPush.mutate({ requestId });
      props.onConfirmed();
    },
    onFailure: (error) => {
      props.onProblem(problemOf(error));
      end("failed");
    },
  });

  useInput((_input, key) => key.return && props.onAgain(), { isActive: ended !== null });

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
