import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import type { Tx } from "../ports";
import { fail, type Failure } from "../errors";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Whether the account may have one more application password now: at most
 * `appPasswords.maxLive` live ones (not revoked, not expired) and at most
 * `appPasswords.perHour` made in the last hour (counted from the security log's
 * "app_password_created" entries, written in the same transaction as each password, so making
 * and revoking in a loop is counted too). Call it in the transaction that inserts the password:
 * it locks the account's row first, so creations of one account queue there and a parallel
 * burst on any number of servers never passes the cap. A refusal writes nothing.
 */
export async function mayCreateAppPassword(
  deps: Deps,
  tx: Tx,
  accountId: string,
): Promise<Failure<"TOO_MANY_APP_PASSWORDS" | "RATE_LIMITED"> | null> {
  const { maxLive, perHour } = deps.config.appPasswords;
  const now = deps.clock.now();
  const nowSQL = sql`${now.toISOString()}::timestamptz`;
  const since = sql`${new Date(now.getTime() - HOUR_MS).toISOString()}::timestamptz`;
  await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
  // Read after the lock: READ COMMITTED gives this statement a snapshot taken once the
  // creations queued before this one have committed.
  const [counts] = await queryRows<{ live: number; recent: number; oldest: string | null }>(
    tx,
    sql`select
          (select count(*)::int from app_passwords
            where account_id = ${accountId} and (expires_at is null or expires_at > ${nowSQL})) as live,
          (select count(*)::int from security_events
            where account_id = ${accountId} and type = 'app_password_created'
              and created_at > ${since}) as recent,
          (select (extract(epoch from min(created_at)) * 1000)::text from security_events
            where account_id = ${accountId} and type = 'app_password_created'
              and created_at > ${since}) as oldest`,
  );
  if (!counts) return null;
  if (counts.live >= maxLive) return fail("TOO_MANY_APP_PASSWORDS");
  if (counts.recent >= perHour)
    return fail("RATE_LIMITED", new Date(Number(counts.oldest ?? now.getTime()) + HOUR_MS));
  return null;
}
