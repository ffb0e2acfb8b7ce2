import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { ok, type Result } from "../errors";
import type { Session } from "../sessions/sessions";
import { pushChanged } from "./changed";
import type { PushPurpose } from "./requests";

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
  return cancelPushFor(deps, session, { requestId, purpose: "sign_in" });
}

/** `cancelPush` for a request of `purpose` (a step-up's dialog closes, or another method). */
export async function cancelPushFor(
  deps: Deps,
  session: Session,
  { requestId, purpose }: { requestId: string; purpose: PushPurpose },
): Promise<Result<{ cancelled: boolean }, never>> {
  const p = schema.pushRequests;
  const ended = await deps.db
    .update(p)
    .set({ status: "ended" })
    .where(
      and(
        eq(p.id, requestId),
        eq(p.sessionId, session.id),
        eq(p.purpose, purpose),
        eq(p.status, "pending"),
      ),
    )
    .returning({ id: p.id });
  pushChanged(
    deps,
    ended.map((row) => row.id),
  );
  return ok({ cancelled: ended.length === 1 });
}
