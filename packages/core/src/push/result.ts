import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { finishSignIn } from "../sessions/finish-sign-in";
import type { IssuedSession, Session } from "../sessions/sessions";

/** cancelled: the request ended unanswered (the sign-in left the push step, or ended). */
export type PushStatus = "pending" | "approved" | "denied" | "expired" | "cancelled";

/** What the login page asks (or waits for: `waitForPushResult`): has the device answered? */
export async function pushStatus(
  deps: Deps,
  session: Session,
  requestId: string,
): Promise<Result<{ status: PushStatus }, "PUSH_REQUEST_NOT_FOUND">> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, expiresAt: p.expiresAt })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id), eq(p.purpose, "sign_in")));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  return ok({ status: statusOf(deps, row.status, row.expiresAt) });
}

/** A stored request's status as the waiting sign-in sees it (a wrong number is a refusal). */
export function statusOf(deps: Deps, status: string, expiresAt: Date): PushStatus {
  if (status === "approved" || status === "used") return "approved";
  if (status === "pending") return expiresAt > deps.clock.now() ? "pending" : "expired";
  if (status === "ended") return "cancelled";
  return "denied";
}

export type FinishPushReason =
  | "PUSH_REQUEST_NOT_FOUND"
  | "PUSH_DENIED"
  | "PUSH_EXPIRED"
  | "PUSH_NOT_ANSWERED"
  | "NO_PENDING_SIGN_IN"
  | "CODE_ALREADY_USED";

/**
 * Why a request that is not (or no longer) approved cannot finish a sign-in. `used`: its
 * approval finished this sign-in already (a concurrent finish won), as the finishing
 * statement itself says when it loses that race.
 */
export function notApproved(deps: Deps, status: string, expiresAt: Date): FinishPushReason {
  if (status === "used") return "NO_PENDING_SIGN_IN";
  if (status === "pending")
    return expiresAt > deps.clock.now() ? "PUSH_NOT_ANSWERED" : "PUSH_EXPIRED";
  return "PUSH_DENIED";
}

/**
 * Finishes the sign-in a device approved: the approval is spent (approved -> used) by the one
 * statement that activates the session, so it opens exactly one session. Only a request made
 * for a sign-in: one approved as a step-up's confirmation finishes none.
 */
export async function finishPushSignIn(
  deps: Deps,
  session: Session,
  requestId: string,
  meta: RequestMeta,
): Promise<Result<IssuedSession, FinishPushReason>> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, deviceId: p.deviceFactorId, expiresAt: p.expiresAt })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id), eq(p.purpose, "sign_in")));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  if (row.status !== "approved") return fail(notApproved(deps, row.status, row.expiresAt));
  const spend = sql`update push_requests set status = 'used'
                     where id = ${requestId} and session_id = ${session.id} and status = 'approved'
                       and purpose = 'sign_in'`;
  const outcome = await finishSignIn(deps, {
    session,
    scope: "push",
    meta,
    code: { spend, factorId: row.deviceId, detail: {} },
  });
  return typeof outcome === "object" ? ok(outcome) : fail(outcome);
}
