import { Text } from "ink";
import { useEffect, useRef, useState } from "react";
import type { ReactNode } from "react";
import { problemOf, type Problem } from "@twofold/client";
import { useTwofold } from "../lib/context";
import { problemText } from "../lib/text";

const POLL_MS = 1_500;

/** "Check your device": the number to type there; the sign-in finishes when the device says YES. */
export function PushWait({
  onProblem,
}: {
  onProblem: (problem: Problem | null) => void;
}): ReactNode {
  const { api, store, resume } = useTwofold();
  const [push, setPush] = useState<{ requestId: string; number: number } | null>(null);
  const [outcome, setOutcome] = useState<Problem | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    api.auth.startPush.mutate().then(
      (p) => setPush({ requestId: p.requestId, number: p.number }),
      (error: unknown) => onProblem(problemOf(error)),
    );
  }, [api, onProblem]);

  useEffect(() => {
    if (!push || outcome) return;
    const timer = setInterval(() => {
      api.auth.pushResult.query({ requestId: push.requestId }).then(
        async ({ status }) => {
          if (status === "approved") {
            clearInterval(timer);
            const done = await api.auth.finishPush.mutate({ requestId: push.requestId });
            if (done.token) store.set(done.token);
            await resume();
          } else if (status !== "pending") {
            clearInterval(timer);
            setOutcome({ reason: status === "expired" ? "PUSH_EXPIRED" : "PUSH_DENIED" });
          }
        },
        (error: unknown) => onProblem(problemOf(error)),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, push, outcome, store, resume, onProblem]);

  if (outcome) return <Text bold>{problemText(outcome)}</Text>;
  if (!push) return <Text>Sending a request to your device…</Text>;
  return (
    <>
      <Text>Check your device, and type this number there:</Text>
      <Text bold>{`  ${push.number}`}</Text>
    </>
  );
}
