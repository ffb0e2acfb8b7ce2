import { schema } from "@twofold/db";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../deps";
import type { Tx } from "../ports";

/**
 * "NO, and report it": the person says a sign-in that got past their password was not theirs,
 * so someone else knows the password. In the answer's transaction:
 * - every pending push request of the account ends, and no push reaches it for a while;
 * - every sign-in of the account still waiting for its second factor ends (each of them got
 *   past the known password; the reported one first): its next call finds no session;
 * - the owner's next sign-in, and each of their signed-in sessions from its next request,
 *   must choose a new password before anything else (as after "this wasn't me").
 * The owner's signed-in sessions are not ended: a report tells that the password is known,
 * not that a session was taken; choosing the new password then ends the other sessions and
 * revokes the application passwords (`changePassword`).
 */
export async function secureAfterReport(
  deps: Deps,
  tx: Tx,
  accountId: string,
): Promise<{ endedRequests: string[] }> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + deps.config.push.reportPauseMs);
  const p = schema.pushRequests;
  const ended = await tx
    .update(p)
    .set({ status: "ended" })
    .where(and(eq(p.accountId, accountId), eq(p.status, "pending")))
    .returning({ id: p.id });
  await tx
    .insert(schema.pushPauses)
    .values({ accountId, until })
    .onConflictDoUpdate({ target: schema.pushPauses.accountId, set: { until } });
  await tx
    .update(schema.accounts)
    .set({ passwordChangeRequired: true })
    .where(eq(schema.accounts.id, accountId));
  const s = schema.sessions;
  await tx.delete(s).where(and(eq(s.accountId, accountId), eq(s.state, "pending_second_factor")));
  return { endedRequests: ended.map((row) => row.id) };
}
