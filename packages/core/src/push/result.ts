import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { finishSignIn } from "../sessions/finish-sign-in";
import type { IssuedSession, Session } from "../sessions/sessions";

export type PushStatus = "pending" | "approved" | "denied" | "expired";

/** What the login page polls: has the device answered? (Reads only.) */
export async function pushStatus(
  deps: Deps,
  session: Session,
  requestId: string,
): Promise<Result<{ status: PushStatus }, "PUSH_REQUEST_NOT_FOUND">> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, expiresAt: p.expiresAt })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id)));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  if (row.status === "approved" || row.status === "used") return ok({ status: "approved" });
  if (row.status === "pending")
    return ok({ status: row.expiresAt > deps.clock.now() ? "pending" : "expired" });
  return ok({ status: "denied" });
}

/**
 * Finishes the sign-in a device approved: the approval is spent (approved -> used) by the one
 * statement that activates the session, so it opens exactly one session.
 */
export async function finishPushSignIn(
  deps: Deps,
  session: Session,
  requestId: string,
  meta: RequestMeta,
): Promise<
  Result<
    IssuedSession,
    "PUSH_REQUEST_NOT_FOUND" | "PUSH_DENIED" | "NO_PENDING_SIGN_IN" | "CODE_ALREADY_USED"
  >
> {
  const p = schema.pushRequests;
  const [row] = await deps.db
    .select({ status: p.status, deviceId: p.deviceFactorId })
    .from(p)
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id)));
  if (!row) return fail("PUSH_REQUEST_NOT_FOUND");
  if (row.status !== "approved") return fail("PUSH_DENIED");
  const spend = sql`update push_requests set status = 'used'
                     where id = ${requestId} and session_id = ${session.id} and status = 'approved'`;
  const outcome = await finishSignIn(
    deps,
    session,
    "push",
    { spend, factorId: row.deviceId, detail: {} },
    meta,
  );
  return typeof outcome === "object" ? ok(outcome) : fail(outcome);
}
