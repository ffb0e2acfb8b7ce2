import { Text } from "ink";
import { useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { signInPushResult } from "../lib/push-answer";
import { problemText } from "../lib/text";
import { PUSH_WAIT_TEXT } from "../lib/text-push-wait";
import { usePushRequest } from "../lib/use-push-request";

type Outcome = { problem: Problem } | { cancelled: true };

/**
 * "Check your device": the number to type there; the sign-in finishes when the device says YES.
 * The answer is waited for with a long poll (`usePushRequest`): it shows within moments.
 * Leaving the step, or quitting the app, while the request waits ends it, so the device says
 * it was cancelled.
 */
export function PushWait({
  onProblem,
}: {
  onProblem: (problem: Problem | null) => void;
}): ReactNode {
  const { api, server, store, resume } = useTwofold();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const text = PUSH_WAIT_TEXT[currentLocale()];
  const { push, retrying } = usePushRequest({
    api,
    procedures: {
      start: () => api.auth.startPush.mutate(),
      ask: signInPushResult(api),
      cancel: (requestId) => api.auth.cancelPush.mutate({ requestId }),
    },
    onAnswer: async (answer, requestId) => {
      if (answer === "approved") {
        const done = await api.auth.finishPush.mutate({ requestId });
        if (done.token) store.set(done.token);
        await resume();
      } else if (answer === "cancelled") setOutcome({ cancelled: true });
      else
        setOutcome({ problem: { reason: answer === "expired" ? "PUSH_EXPIRED" : "PUSH_DENIED" } });
    },
    onFailure: (error) => onProblem(problemOf(error)),
  });

  if (outcome)
    return <Text bold>{"problem" in outcome ? problemText(outcome.problem) : text.cancelled}</Text>;
  if (!push) return <Text>{text.sending}</Text>;
  return (
    <>
      <Text>{text.checkDevice}</Text>
      <Text bold>{`  ${push.number}`}</Text>
      {retrying && <Text dimColor>{text.reconnecting(server)}</Text>}
    </>
  );
}
