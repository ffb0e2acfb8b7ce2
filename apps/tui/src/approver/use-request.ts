import { useCallback, useEffect, useRef, useState } from "react";
import { problemOf, type ApiClient } from "@twofold/client";
import {
  answerRequest,
  requestStatus,
  sendUntilDelivered,
  type DeviceIdentity,
  type PushDecision,
  type PushRequestView,
} from "@twofold/device/node";
import { endingOfRefusal, isRetryable, type Outcome } from "./ending";

/** How often a shown request's state is asked: a cancelled one leaves within 2 s. */
export const WATCH_MS = 1_000;

/** "open": waiting for the person; "sending": the answer is on its way; "retrying": not yet. */
export type RequestPhase = "open" | "sending" | "retrying";

const secondsLeft = (expiresAt: string): number =>
  Math.max(0, Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000));

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request on screen, from its arrival to its end: the seconds left; its state asked of the
 * server every second (signed, `requestStatus`, as the phone app does), so a request the browser
 * cancelled, one answered elsewhere or expired ends at once; and the answer, sent until the
 * server has it (`sendUntilDelivered`: a network failure is tried again with growing pauses,
 * the same signed answer each time, never another one) or the request is over. `onEnd` is
 * called once, with how it ended.
 */
export function useRequest(options: {
  api: ApiClient;
  identity: DeviceIdentity;
  request: PushRequestView;
  onEnd: (outcome: Outcome) => void;
}): {
  secondsLeft: number;
  phase: RequestPhase;
  answer: (decision: PushDecision, number: number | null) => void;
} {
  const { api, identity, request } = options;
  const [left, setLeft] = useState(() => secondsLeft(request.expiresAt));
  const [phase, setPhase] = useState<RequestPhase>("open");
  const ended = useRef(false);
  const answering = useRef(false);
  const onEnd = useRef(options.onEnd);
  onEnd.current = options.onEnd;

  const end = useCallback((outcome: Outcome): void => {
    if (ended.current) return;
    ended.current = true;
    onEnd.current(outcome);
  }, []);

  useEffect(() => {
    let asking = false;
    const watch = (): void => {
      const seconds = secondsLeft(request.expiresAt);
      setLeft(seconds);
      // While this terminal's own answer is on its way, its outcome speaks, not the watch.
      if (answering.current || ended.current) return;
      if (seconds === 0) return end({ ending: "expired" });
      if (asking) return;
      asking = true;
      requestStatus(api, identity, request.requestId)
        .then(
          (state) => {
            if (state !== "waiting" && !answering.current) end({ ending: state });
          },
          (error: unknown) => {
            const problem = problemOf(error);
            if (answering.current) return;
            if (problem.reason === "PUSH_REQUEST_NOT_FOUND") end({ ending: "cancelled" });
            else if (problem.reason === "DEVICE_NOT_FOUND") end({ problem });
            // Unreachable for a moment: the countdown goes on, the next second asks again.
          },
        )
        .finally(() => (asking = false));
    };
    const timer = setInterval(watch, WATCH_MS);
    return () => clearInterval(timer);
  }, [api, identity, request, end]);
  // Gone from the screen (quit): nothing more is sent or reported.
  useEffect(
    () => () => {
      ended.current = true;
    },
    [],
  );

  const answer = useCallback(
    (decision: PushDecision, number: number | null): void => {
      if (answering.current || ended.current) return;
      answering.current = true;
      setPhase("sending");
      void (async () => {
        const result = await sendUntilDelivered({
          send: () => answerRequest(api, identity, request.requestId, decision, number),
          isNetworkError: (error) => isRetryable(problemOf(error)),
          isOver: () => ended.current || secondsLeft(request.expiresAt) === 0,
          onRetrying: () => setPhase("retrying"),
          wait,
        });
        answering.current = false;
        if (result.kind === "sent") return end({ ending: result.value.status });
        if (result.kind === "over") return end({ ending: "expired" });
        const problem = problemOf(result.error);
        const ending = endingOfRefusal(problem.reason);
        if (ending === null) return end({ problem });
        if (ending !== "ask") return end({ ending });
        // The server says whose answer it is (this one, sent before the connection broke?).
        const state = await requestStatus(api, identity, request.requestId).catch(() => null);
        end({ ending: state && state !== "waiting" ? state : "answered_elsewhere" });
      })();
    },
    [api, identity, request, end],
  );

  return { secondsLeft: left, phase, answer };
}
