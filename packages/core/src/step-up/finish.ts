import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import type { FailureScope } from "../limits/failures";
import type { RequestMeta } from "../ports";
import type { RightCode } from "../sessions/finish-sign-in";
import type { Session } from "../sessions/sessions";

/** A right code (or key answer, or approval) that confirms a security change on a live session. */
export interface StepUpFinish {
  session: Session;
  scope: FailureScope;
  meta: RequestMeta;
  code: RightCode;
}

/** Why a right code stepped nothing up: the session ended, or a concurrent use spent the code. */
export type StepUpRefusal = "UNAUTHENTICATED" | "CODE_ALREADY_USED";

/**
 * Everything a right code changes at step-up, in ONE statement, as a sign-in's finish does: the
 * active session is locked, the code is spent (`spend`, the factor's conditional UPDATE, so a
 * code used at sign-in cannot step up and the other way round), the session's last full
 * authentication is stamped (security changes are open for `stepUpMs`), the factor's last use
 * is stamped, the scope's failure count is cleared (the one count of the factor, whatever the
 * door) and a `reauthenticated` event is logged with the factor.
 */
export async function finishStepUp(
  deps: Pick<Deps, "db" | "clock" | "config">,
  finish: StepUpFinish,
): Promise<{ until: Date } | StepUpRefusal> {
  const { session, scope, meta, code } = finish;
  const now = deps.clock.now();
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await queryRows<{ live: number; spent: number; marked: number }>(
    deps.db,
    sql`with live as (
          select id from sessions
           where id = ${session.id} and state = 'active'
             for update
        ), spent as (
          ${code.spend} and exists (select 1 from live)
          returning 1
        ), marked as (
          update sessions set authenticated_at = ${at}, last_seen_at = ${at}
           where id in (select id from live) and exists (select 1 from spent)
       returning account_id
        ), used as (
          update factors set last_used_at = ${at}
           where id = ${code.factorId}::uuid and account_id = ${session.accountId}
             and exists (select 1 from marked)
        ), cleared as (
          delete from failure_counters
           where account_id = ${session.accountId} and scope = ${scope}
             and exists (select 1 from marked)
        ), logged as (
          insert into security_events (account_id, type, created_at, ip, user_agent, detail)
          select account_id, 'reauthenticated', ${at}, ${meta.ip.slice(0, 64)},
                 ${meta.userAgent.slice(0, 512)}, ${JSON.stringify({ factor: scope, ...code.detail })}::jsonb
            from marked
        )
        select (select count(*)::int from live) as live,
               (select count(*)::int from spent) as spent,
               (select count(*)::int from marked) as marked`,
  );
  const [row] = rows;
  if (!row || row.live !== 1) return "UNAUTHENTICATED";
  if (row.spent !== 1 || row.marked !== 1) return "CODE_ALREADY_USED";
  return { until: new Date(now.getTime() + deps.config.session.stepUpMs) };
}
