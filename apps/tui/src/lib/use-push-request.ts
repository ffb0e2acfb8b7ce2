import type { ApiClient } from "@twofold/client";
import { useEffect, useRef, useState } from "react";
import { sendBeforeExit } from "./farewell";
import { waitForPushAnswer, type AskPushResult, type PushAnswer } from "./push-answer";

/** A push request's procedures: a sign-in's (`auth.*Push`) or a step-up's (`account.*StepUpPush`). */
export interface PushProcedures {
  start: () => Promise<{ requestId: string; number: number }>;
  ask: AskPushResult;
  /** Ends a request nobody answered: the devices say it was cancelled. */
  cancel: (requestId: string) => Promise<unknown>;
}

export interface PushRequest {
  /** Null while it is being sent. */
  push: { requestId: string; number: number } | null;
  /** The server cannot be reached: the wait goes on, trying again. */
  retrying: boolean;
}

/**
 * One push request per mount of the calling screen: sent to the person's devices, its answer
 * waited for with a long poll (`waitForPushAnswer`) and handed to `onAnswer`. Leaving the
 * screen while it waits, or quitting the app (Ctrl+C, the window closed), cancels it, so the
 * devices stop showing it; the app waits for that before it exits.
 */
export function usePushRequest(options: {
  api: ApiClient;
  procedures: PushProcedures;
  /** The device answered, or the request ended (denied, expired, cancelled). */
  onAnswer: (answer: PushAnswer, requestId: string) => Promise<void>;
  /** Sending, waiting or `onAnswer` failed (not the network: that is retried). */
  onFailure: (error: unknown) => void;
}): PushRequest {
  const { api } = options;
  // The latest callbacks, so that a new render of the screen starts no new request.
  const on = useRef(options);
  on.current = options;
  const [push, setPush] = useState<PushRequest["push"]>(null);
  const [retrying, setRetrying] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    on.current.procedures.start().then(
      (p) => setPush({ requestId: p.requestId, number: p.number }),
      (error: unknown) => on.current.onFailure(error),
    );
  }, []);

  useEffect(() => {
    if (!push) return;
    const controller = new AbortController();
    let answered = false;
    const wait = async (): Promise<void> => {
      const answer = await waitForPushAnswer({
        api,
        requestId: push.requestId,
        signal: controller.signal,
        onRetry: (retry) => !controller.signal.aborted && setRetrying(retry),
        ask: on.current.procedures.ask,
      });
      if (answer === null) return;
      answered = true;
      await on.current.onAnswer(answer, push.requestId);
    };
    wait().catch((error: unknown) => {
      if (!controller.signal.aborted) on.current.onFailure(error);
    });
    return () => {
      controller.abort();
      if (!answered) sendBeforeExit(on.current.procedures.cancel(push.requestId));
    };
  }, [api, push]);

  return { push, retrying };
}
