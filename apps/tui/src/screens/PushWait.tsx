import { Text } from "ink";
import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { useTwofold } from "../lib/context";
import { currentLocale } from "../lib/locale";
import { waitForPushAnswer } from "../lib/push-answer";
import { problemText } from "../lib/text";
import { PUSH_WAIT_TEXT } from "../lib/text-push-wait";

type Outcome = { problem: Problem } | { cancelled: true };

/**
 * "Check your device": the number to type there; the sign-in finishes when the device says YES.
 * The answer is waited for with a long poll (`waitForPushAnswer`): it shows within moments.
 * Leaving the step while the request waits ends it, so the device says it was cancelled.
 */
export function PushWait({
  onProblem,
}: {
  onProblem: (problem: Problem | null) => void;
}): ReactNode {
  const { api, server, store, resume } = useTwofold();
  const [push, setPush] = useState<{ requestId: string; number: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [retrying, setRetrying] = useState(false);
  const started = useRef(false);
  const text = PUSH_WAIT_TEXT[currentLocale()];

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    api.auth.startPush.mutate().then(
      (p) => setPush({ requestId: p.requestId, number: p.number }),
      (error: unknown) => onProblem(problemOf(error)),
    );
  }, [api, onProblem]);

  useEffect(() => {
    if (!push) return;
    const controller = new AbortController();
    let answered = false;
    const wait = async (): Promise<void> => {
      const answer = await waitForPushAnswer({
        api,
        requestId: push.requestId,
        signal: controller.signal,
        onRetry: (on) => !controller.signal.aborted && setRetrying(on),
      });
      if (answer === null) return;
      answered = true;
      if (answer === "approved") {
        const done = await api.auth.finishPush.mutate({ requestId: push.requestId });
        if (done.token) store.set(done.token);
        await resume();
      } else if (answer === "cancelled") setOutcome({ cancelled: true });
      else
        setOutcome({ problem: { reason: answer === "expired" ? "PUSH_EXPIRED" : "PUSH_DENIED" } });
    };
    wait().catch((error: unknown) => {
      if (!controller.signal.aborted) onProblem(problemOf(error));
    });
    return () => {
      controller.abort();
      if (!answered) void api.auth.cancelPush.mutate({ requestId: push.requestId }).catch(() => {});
    };
  }, [api, push, store, resume, onProblem]);

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
