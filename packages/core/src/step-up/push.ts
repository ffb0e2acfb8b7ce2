import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { cancelPushFor } from "../push/cancel";
import { openPushRequest, type StartedPush, type StartPushReason } from "../push/requests";
import { notApproved, type FinishPushReason, type PushStatus } from "../push/result";
import { waitForPushResult } from "../push/wait";
import type { Session } from "../sessions/sessions";
import { finishStepUp } from "./finish";
import type { SteppedUp } from "./step-up";

/**
 * "Confirm on your device": a push request to the account's devices, with number matching,
 * under the sign-in's limits (one pending per session, the account's window, the pause after a
 * report). Made for step-up: its approval steps this session up and finishes no sign-in.
 */
export async function startStepUpPush(
  deps: Deps,
  session: Session,
  meta: RequestMeta,
): Promise<Result<StartedPush, StartPushReason | "SECOND_FACTOR_REQUIRED">> {
  if (session.state !== "active") return fail("SECOND_FACTOR_REQUIRED");
  return openPushRequest(deps, { session, meta, purpose: "step_up" });
}

/** Has the device answered this session's step-up request? (A long poll with `waitMs`.) */
export async function stepUpPushResult(
  deps: Deps,
  session: Session,
  options: { requestId: string; waitMs: number; signal?: AbortSignal },
): Promise<Result<{ status: PushStatus }, "PUSH_REQUEST_NOT_FOUND" | "UNAUTHENTICATED">> {
  return waitForPushResult(deps, session, { ...options, purpose: "step_up" });
}

/** The dialog closed, or another method was chosen: the devices say it was cancelled. */
export async function cancelStepUpPush(
  deps: Deps,
  session: Session,
  requestId: string,
): Promise<Result<{ cancelled: boolean }, never>> {
  return cancelPushFor(deps, session, { requestId, purpose: "step_up" });
}

/**
 * Once approved: the approval is spent (approved -> used) by the statement that steps the
 * session up, so it steps up once. A request made for a sign-in is not found here.
 */
export async function finishStepUpPush(
  deps: Deps,
  session: Session,
  requestId: string,
  meta: RequestMeta,
): Promise<Result<SteppedUp, FinishPushReason | "UNAUTHENTICATED" | "SECOND_FACTOR_REQUIRED">> {
  if (session.state !== "active") return fail("SECOND_FACTOR_REQUIRED");
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({
      status: p.status,
      deviceId: p.deviceFactorId,
      expiresAt: p.expiresAt,
      label: schema.factors.label,
    })
    .from(p)
    .leftJoin(schema.factors, eq(schema.factors.id, p.deviceFactorId))
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id), eq(p.purpose, "step_up")));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  if (row.status === "used") return fail("CODE_ALREADY_USED");
  if (row.status !== "approved") return fail(notApproved(deps, row.status, row.expiresAt));
  const spend = sql`update push_requests set status = 'used'
                     where id = ${requestId} and session_id = ${session.id} and status = 'approved'
                       and purpose = 'step_up'`;
  const outcome = await finishStepUp(deps, {
    session,
    scope: "push",
    meta,
    code: { spend, factorId: row.deviceId, detail: row.label ? { label: row.label } : {} },
  });
  return typeof outcome === "object" ? ok(outcome) : fail(outcome);
}
