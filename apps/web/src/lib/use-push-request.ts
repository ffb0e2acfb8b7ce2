import { useEffect, useRef, useState } from "react";
import { problemOf, type Problem } from "./api";
import { useLongPoll, WAIT_SECONDS } from "./use-long-poll";

/** What every push request answers when started (`auth.startPush`, `account.startStepUpPush`). */
interface StartedRequest {
  requestId: string;
}

export type PushPhase<R extends StartedRequest> =
  | { kind: "starting" }
  | { kind: "waiting"; request: R }
  | { kind: "approved" }
  | { kind: "cancelled" }
  | { kind: "ended"; problem: Problem };

type PushStatus = "pending" | "approved" | "denied" | "expired" | "cancelled";

/** A push request's procedures: a sign-in's (`auth.*Push`) or a step-up's (`account.*StepUpPush`). */
export interface PushProcedures<R extends StartedRequest> {
  start: () => Promise<R>;
  /** One long-poll question: has the device answered? */
  ask: (
    input: { requestId: string; waitSeconds: number },
    options: { signal: AbortSignal },
  ) => Promise<{ status: PushStatus }>;
  /** After the device's YES: finish the sign-in or the step-up (and go on). */
  finish: (requestId: string) => Promise<void>;
  cancel: (requestId: string) => Promise<unknown>;
  /** The cancel's tRPC path, sent with `keepalive` as the page goes. */
  cancelPath: "auth.cancelPush" | "account.cancelStepUpPush";
}

/**
 * A push request to the person's devices, with number matching: sent as the calling component
 * shows (and again with `again`), its answer waited for with a long poll (the server answers
 * within moments of the device, about one request per 20 s meanwhile). Leaving the component
 * while it waits, or closing the tab, cancels it, so the devices stop asking.
 */
export function usePushRequest<R extends StartedRequest>(
  procedures: PushProcedures<R>,
): { phase: PushPhase<R>; again: () => void } {
  const doors = useRef(procedures);
  doors.current = procedures;
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<PushPhase<R>>({ kind: "starting" });
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
    doors.current.start().then(
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
      await doors.current.finish(requestId);
    } catch (error) {
      if (mounted.current) setPhase({ kind: "ended", problem: problemOf(error) });
    }
  };

  const waitingId = phase.kind === "waiting" ? phase.request.requestId : null;
  useLongPoll(waitingId, {
    ask: (requestId, signal) =>
      doors.current.ask({ requestId, waitSeconds: WAIT_SECONDS }, { signal }),
    onAnswer: ({ status }) => {
      if (status === "pending") return true;
      if (waitingId === null) return false;
      if (status === "approved") void finish(waitingId);
      else if (status === "cancelled") setPhase({ kind: "cancelled" });
      else
        setPhase({
          kind: "ended",
          problem: { reason: status === "denied" ? "PUSH_DENIED" : "PUSH_EXPIRED" },
        });
      return false;
    },
    onProblem: (problem) => setPhase({ kind: "ended", problem }),
  });

  // Leaving (another method, the dialog closed, another page) while a request waits ends it,
  // so the device says it was cancelled instead of asking for an answer nobody waits for.
  useEffect(() => {
    if (!waitingId) return;
    return () => {
      if (!mounted.current) void doors.current.cancel(waitingId).catch(() => {});
    };
  }, [waitingId]);
  // Closing the tab or the browser runs no cleanup: the page says so as it goes, in a request
  // the browser sends even as the page is unloaded (keepalive).
  useEffect(() => {
    if (!waitingId) return;
    const leave = (): void => cancelAsThePageGoes(doors.current.cancelPath, waitingId);
    window.addEventListener("pagehide", leave);
    return () => window.removeEventListener("pagehide", leave);
  }, [waitingId]);

  const again = (): void => {
    setPhase({ kind: "starting" });
    setAttempt((n) => n + 1);
  };
  return { phase, again };
}

/** A cancel as a plain tRPC mutation (POST, JSON body) that outlives the page. */
function cancelAsThePageGoes(path: string, requestId: string): void {
  void fetch(`/trpc/${path}`, {
    method: "POST",
    keepalive: true,
    credentials: "same-origin",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ requestId }),
  }).catch(() => {});
}
