import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, type Failure } from "../errors";

/** A counter: its key ("kind:subject") and how many the window allows (0: no limit). */
export type Counted = readonly [key: string, max: number];

export interface Reservation {
  keys: string[];
  windowStart: Date;
}

class LimitReached extends Error {}

/** Windows older than this are removed (longer than any window a limit uses). */
const KEEP_WINDOWS_MS = 24 * 60 * 60 * 1000;

/**
 * Reserves one use against several limits at once, in fixed windows of `windowMs`. One
 * statement counts every row (each increment only below its limit); when any is at its limit
 * the transaction undoes the others. Rows are locked in one order, so concurrent reservations
 * queue and never deadlock, and a burst from any number of servers gets exactly the limit
 * through.
 */
export async function reserve(
  deps: Deps,
  counted: readonly Counted[],
  windowMs: number,
): Promise<Reservation | Failure<"RATE_LIMITED">> {
  const now = deps.clock.now().getTime();
  const windowStart = new Date(now - (now % windowMs));
  const limited = counted.filter(([, max]) => max > 0);
  if (limited.length === 0) return { keys: [], windowStart };
  const rows = sql.join(
    limited.map(
      ([key, max]) => sql`(${key}, ${windowStart.toISOString()}::timestamptz, ${max}::int)`,
    ),
    sql`, `,
  );
  try {
    await deps.db.transaction(async (tx) => {
      const reserved = await queryRows<{ key: string }>(
        tx,
        sql`insert into rate_windows (key, window_start, count)
            select key, window_start, 1 from (values ${rows}) as v(key, window_start, max)
             order by key
            on conflict (key, window_start) do update set count = rate_windows.count + 1
             where rate_windows.count < (select max from (values ${rows}) as v(key, window_start, max)
                                          where v.key = excluded.key)
            returning key`,
      );
      if (reserved.length !== limited.length) throw new LimitReached();
    });
  } catch (error) {
    if (error instanceof LimitReached)
      return fail("RATE_LIMITED", new Date(windowStart.getTime() + windowMs));
    throw error;
  }
  // Old windows are of no use; removing them is best effort, outside the reservation.
  await deps.db
    .execute(
      sql`delete from rate_windows where window_start < ${new Date(now - KEEP_WINDOWS_MS).toISOString()}::timestamptz`,
    )
    .catch(() => undefined);
  return { keys: limited.map(([key]) => key), windowStart };
}

/** Gives a reservation back (the use did not happen: a provider did not take the message). */
export async function release(deps: Deps, reservation: Reservation): Promise<void> {
  if (reservation.keys.length === 0) return;
  const keys = sql.join(
    reservation.keys.map((k) => sql`${k}`),
    sql`, `,
  );
  await deps.db.execute(
    sql`update rate_windows set count = greatest(count - 1, 0)
         where window_start = ${reservation.windowStart.toISOString()}::timestamptz and key in (${keys})`,
  );
}
