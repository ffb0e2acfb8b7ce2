import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { ok, type Result } from "../errors";
import type { Session } from "../sessions/sessions";

/**
 * The browser leaves the push step (another method, or away): its waiting request ends, so the
 * devices' screens say it was cancelled instead of asking for an answer nobody waits for. Only
 * the sign-in's own request; one already answered or over stays as it is.
 */
export async function cancelPush(
  deps: Deps,
  session: Session,
  requestId: string,
): Promise<Result<{ cancelled: boolean }, never>> {
  const p = schema.pushRequests;
  const ended = await deps.db
    .update(p)
    .set({ status: "ended" })
    .where(and(eq(p.id, requestId), eq(p.sessionId, session.id), eq(p.status, "pending")))
    .returning({ id: p.id });
  return ok({ cancelled: ended.length === 1 });
}
