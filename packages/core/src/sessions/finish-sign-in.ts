import { secondFactorAmr } from "./amr";
import { queryRows } from "@twofold/db";
import { sql, type SQL } from "drizzle-orm";
import { hashToken, newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { FailureScope } from "../limits/failures";
import type { RequestMeta } from "../ports";
import type { EventDetail, SecurityEventType } from "../security-log/security-log";
import { lifetime, type IssuedSession, type Session } from "./sessions";

/** A right code, found by a factor: how to spend it, which factor it was, what to log. */
export interface RightCode<F extends string | null = string | null> {
  /** The factor's conditional UPDATE that spends the code (exactly one of concurrent spends passes). */
  spend: SQL;
  factorId: F;
  detail: EventDetail;
  /** A second entry the sign-in writes in the same statement (a backup code used: how many left). */
  alsoLog?: { type: SecurityEventType; detail: SQL };
}

/** The pending sign-in a right code finishes: which factor's scope, from where, and the code. */
export interface SignInFinish {
  session: Session;
  scope: FailureScope;
  meta: RequestMeta;
  code: RightCode;
}

/** What finishing a sign-in uses of the engine: the database, time, randomness, lifetimes. */
type FinishDeps = Pick<Deps, "db" | "clock" | "random" | "config">;

/** Why a right code finished nothing: the sign-in is over, or a concurrent finish spent the code. */
export type FinishRefusal = "NO_PENDING_SIGN_IN" | "CODE_ALREADY_USED";

/** LIMITED: the gate was closed (the scope is locked, or this attempt would lock it). */
export type FinishOutcome = IssuedSession | FinishRefusal | "LIMITED";

/**
 * Everything a right code changes, in ONE statement (one round trip, all or nothing): the
 * pending session is locked, the code is spent (`spend`: the factor's conditional UPDATE),
 * the session becomes active under a new token (the old one stops working), the factor's last
 * use is stamped, the scope's failure count is cleared, and the sign-in is logged. Of
 * concurrent finishes of one session exactly one gets through, and a code is spent only by
 * the sign-in it completes. Nothing happens unless `gate` (a condition, see `openToAttempt`)
 * holds when the statement runs.
 */
export async function finishGatedSignIn(
  deps: FinishDeps,
  finish: SignInFinish & { gate: SQL },
): Promise<FinishOutcome> {
  const { session, scope, meta, code, gate } = finish;
  const { spend, factorId, detail, alsoLog } = code;
  const now = deps.clock.now();
  const token = newToken(deps.random);
  const expiresAt = new Date(
    now.getTime() + lifetime(deps, { state: "active", persistent: session.persistent }),
  );
  const at = sql`${now.toISOString()}::timestamptz`;
  const amr = secondFactorAmr(scope);
  const ip = meta.ip.slice(0, 64);
  const userAgent = meta.userAgent.slice(0, 512);
  const rows = await queryRows<{
    pending: number;
    open: number;
    spent: number;
    activated: number;
  }>(
    deps.db,
    sql`with pending as (
          select id from sessions
           where id = ${session.id} and state = 'pending_second_factor'
             for update
        ), gate_open as (
          select 1 where ${gate}
        ), spent as (
          ${spend} and exists (select 1 from pending) and exists (select 1 from gate_open)
          returning 1
        ), act as (
          update sessions
             set token_hash = ${hashToken(token)}, state = 'active', authenticated_at = ${at},
                 amr = ${`{${amr.join(",")}}`}::text[], signed_in_at = ${at},
                 last_seen_at = ${at}, expires_at = ${expiresAt.toISOString()}::timestamptz
           where id in (select id from pending) and exists (select 1 from spent)
       returning account_id
        ), used as (
          update factors set last_used_at = ${at}
           where id = ${factorId}::uuid and account_id = ${session.accountId} and exists (select 1 from act)
        ), cleared as (
          delete from failure_counters
           where account_id = ${session.accountId} and scope = ${scope} and exists (select 1 from act)
        ), logged as (
          insert into security_events (account_id, type, created_at, ip, user_agent, detail)
          select account_id, 'sign_in_succeeded', ${at}, ${ip}, ${userAgent},
                 ${JSON.stringify({ factor: scope, ...detail })}::jsonb
            from act
          ${
            alsoLog
              ? sql`union all
          select account_id, ${alsoLog.type}, ${at}, ${ip}, ${userAgent}, ${alsoLog.detail}
            from act`
              : sql``
          }
        )
        select (select count(*)::int from pending) as pending,
               (select count(*)::int from gate_open) as open,
               (select count(*)::int from spent) as spent,
               (select count(*)::int from act) as activated`,
  );
  const [row] = rows;
  if (!row || row.pending !== 1) return "NO_PENDING_SIGN_IN";
  if (row.open !== 1) return "LIMITED";
  if (row.spent !== 1 || row.activated !== 1) return "CODE_ALREADY_USED";
  return {
    token,
    session: {
      ...session,
      state: "active",
      authenticatedAt: now,
      lastSeenAt: now,
      expiresAt,
      amr,
      signedInAt: now,
    },
  };
}

/** `finishGatedSignIn` for a code whose attempt was charged already, or that counts no guesses. */
export async function finishSignIn(
  deps: FinishDeps,
  finish: SignInFinish,
): Promise<Exclude<FinishOutcome, "LIMITED">> {
  const outcome = await finishGatedSignIn(deps, { ...finish, gate: sql`true` });
  // Unreachable: an always-open gate is never closed.
  if (outcome === "LIMITED") throw new Error("finishSignIn: the open gate was closed");
  return outcome;
}
