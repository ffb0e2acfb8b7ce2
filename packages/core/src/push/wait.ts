import { schema } from "@twofold/db";
import { and, eq, isNull, or } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { Session } from "../sessions/sessions";
import type { PushPurpose } from "./requests";
import { statusOf, type PushStatus } from "./result";

/** The longest a call may wait (under the usual 30 s proxy and client timeouts). */
export const MAX_WAIT_MS = 25_000;
/** Never a busy loop, whatever the clocks say. */
const MIN_SLEEP_MS = 10;

/**
 * `pushResult` with a wait (a long poll): while the request is pending, the call waits until
 * it changes (an answer, a cancellation: `pushChanged`, here or on another server), it
 * expires, or `waitMs` passes, then answers what the database says (the truth; an event only
 * says when to look). It answers "pending" at the end of its wait (its client asks again), and
 * at once when a newer wait of the same sign-in supersedes it or the client goes away. Only a
 * request of `purpose` ("sign_in" unless said) is this call's.
 */
export async function waitForPushResult(
  deps: Deps,
  session: Session,
  options: { requestId: string; waitMs: number; signal?: AbortSignal; purpose?: PushPurpose },
): Promise<Result<{ status: PushStatus }, "PUSH_REQUEST_NOT_FOUND" | "UNAUTHENTICATED">> {
  const waitMs = Math.min(Math.max(options.waitMs, 0), MAX_WAIT_MS);
  const asked = { requestId: options.requestId, purpose: options.purpose ?? "sign_in" };
  if (waitMs === 0) {
    const state = await readRequest(deps, session, asked);
    return ownRequest(state, session)
      ? ok({ status: state.status })
      : fail("PUSH_REQUEST_NOT_FOUND");
  }
  // Opened before the first read: a change between that read and the wait still wakes it.
  const waiter = deps.pushWaiters.open(options.requestId, session.id);
  try {
    let state = await readRequest(deps, session, asked);
    if (!ownRequest(state, session)) return fail("PUSH_REQUEST_NOT_FOUND");
    // A network wait, not a rule of the factor: measured on the monotonic clock.
    const deadline = performance.now() + waitMs;
    for (;;) {
      // Its sign-in ended meanwhile (signed out, ended by a report): as the next call would be.
      if (!state || state.sessionId === null) return fail("UNAUTHENTICATED");
      const left = deadline - performance.now();
      if (state.status !== "pending" || left <= 0) return ok({ status: state.status });
      const untilExpiry = state.expiresAt.getTime() - deps.clock.now().getTime();
      // Events wake the call; a re-read now and then covers one lost while Redis reconnected,
      // and a short re-read loop stands in for the events while they do not reach this server.
      const { waitRecheckMs, waitDegradedRecheckMs } = deps.config.push;
      const recheck = deps.liveEvents() ? waitRecheckMs : waitDegradedRecheckMs;
      const sleep = Math.max(MIN_SLEEP_MS, Math.min(left, untilExpiry, recheck));
      const reason = await waiter.next(sleep, options.signal);
      // The wait is over with nothing new (the last read said pending): "pending", ask again.
      // A superseded call's client asks anew elsewhere; an aborted one's is gone.
      if (reason === "superseded" || reason === "aborted") return ok({ status: "pending" });
      if (reason === "timer" && performance.now() >= deadline) return ok({ status: "pending" });
      state = await readRequest(deps, session, asked);
    }
  } finally {
    waiter.close();
  }
}

/** Only the sign-in's own request (its session set to null later is still its own). */
function ownRequest<T extends { sessionId: string | null }>(
  state: T | null,
  session: Session,
): state is T {
  return state !== null && state.sessionId === session.id;
}

/**
 * The request as a waiting call reads it: the sign-in's own, or one whose sign-in ended since
 * (signed out, ended by a report: its session set to null). Null: gone (with its account).
 */
async function readRequest(
  deps: Deps,
  session: Session,
  { requestId, purpose }: { requestId: string; purpose: PushPurpose },
): Promise<{ status: PushStatus; expiresAt: Date; sessionId: string | null } | null> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, expiresAt: p.expiresAt, sessionId: p.sessionId })
    .from(p)
    .where(
      and(
        eq(p.id, requestId),
        eq(p.accountId, session.accountId),
        eq(p.purpose, purpose),
        or(eq(p.sessionId, session.id), isNull(p.sessionId)),
      ),
    );
  if (!row) return null;
  return {
    status: statusOf(deps, row.status, row.expiresAt),
    expiresAt: row.expiresAt,
    sessionId: row.sessionId,
  };
}
