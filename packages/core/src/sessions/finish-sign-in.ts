import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import { hashToken, newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { FailureScope } from "../limits/failures";
import type { RequestMeta } from "../ports";
import type { EventDetail } from "../security-log/security-log";
import type { IssuedSession, Session } from "./sessions";

/**
 * Everything a successful second factor changes, in ONE statement (so one round trip on the
 * hot path, and all or nothing): the pending session becomes active under a new token (the old
 * one stops working), the factor's last use is stamped, the scope's failure count is cleared,
 * and the sign-in is logged. Of concurrent finishes of one session exactly one activates it.
 */
export async function finishSignIn(
  deps: Deps,
  session: Session,
  scope: FailureScope,
  factorId: string | null,
  meta: RequestMeta,
  detail: EventDetail,
): Promise<IssuedSession | null> {
  const now = deps.clock.now();
  const token = newToken(deps.random);
  const expiresAt = new Date(
    now.getTime() +
      (session.persistent
        ? deps.config.session.persistentAbsoluteMs
        : deps.config.session.transientAbsoluteMs),
  );
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await queryRows<{ activated: number }>(
    deps.db,
    sql`with act as (
          update sessions
             set token_hash = ${hashToken(token)}, state = 'active', authenticated_at = ${at},
                 last_seen_at = ${at}, expires_at = ${expiresAt.toISOString()}::timestamptz
           where id = ${session.id} and state = 'pending_second_factor'
       returning account_id
        ), used as (
          update factors set last_used_at = ${at}
           where id = ${factorId}::uuid and account_id = ${session.accountId} and exists (select 1 from act)
        ), cleared as (
          delete from failure_counters
           where account_id = ${session.accountId} and scope = ${scope} and exists (select 1 from act)
        ), logged as (
          insert into security_events (account_id, type, created_at, ip, user_agent, detail)
          select account_id, 'sign_in_succeeded', ${at}, ${meta.ip.slice(0, 64)}, ${meta.userAgent.slice(0, 512)},
                 ${JSON.stringify({ factor: scope, ...detail })}::jsonb
            from act
        )
        select count(*)::int as activated from act`,
  );
  if (rows[0]?.activated !== 1) return null;
  return {
    token,
    session: { ...session, state: "active", authenticatedAt: now, lastSeenAt: now, expiresAt },
  };
}
