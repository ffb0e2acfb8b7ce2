import { isIPv6 } from "node:net";
import { queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, type Failure } from "../errors";

/** Who a send is counted against: the number (by its keyed hash), the account and the address. */
export interface SendKeys {
  phoneHash: string;
  accountId: string;
  ip: string;
  /**
   * Codes to a number being added count apart from sign-in codes to a confirmed number: adding
   * someone else's number must not use up the owner's sign-in codes.
   */
  purpose: "sign_in" | "enrollment";
}

/**
 * The address a limit counts: an IPv4 address, or an IPv6 address's /64 (one customer's
 * network; counting whole addresses would give anyone 2^64 budgets).
 */
export function addressKey(ip: string): string {
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (!isIPv6(address)) return address.slice(0, 64);
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export interface Reservation {
  keys: string[];
  windowStart: Date;
}

class LimitReached extends Error {}

/**
 * Reserves one send against every limit at once: per number, per account, per IP address and
 * in total, in fixed windows. One statement counts all four rows (each increment only below its
 * limit); when any is at its limit the transaction undoes the others. Rows are locked in one
 * order, so concurrent reservations queue and never deadlock, and a burst from any number of
 * servers gets exactly the limit through.
 */
export async function reserveSend(
  deps: Deps,
  keys: SendKeys,
): Promise<Reservation | Failure<"RATE_LIMITED">> {
  const { limits } = deps.config.sms;
  const now = deps.clock.now().getTime();
  const windowStart = new Date(now - (now % limits.windowMs));
  const counted = [
    ["all", limits.total],
    [`account:${keys.accountId}`, limits.perAccount],
    [`ip:${addressKey(keys.ip)}`, limits.perIp],
    [
      `${keys.purpose === "enrollment" ? "enroll-number" : "number"}:${keys.phoneHash}`,
      limits.perNumber,
    ],
  ] as const;
  const rows = sql.join(
    counted.map(
      ([key, max]) => sql`(${key}, ${windowStart.toISOString()}::timestamptz, ${max}::int)`,
    ),
    sql`, `,
  );
  try {
    await deps.db.transaction(async (tx) => {
      const reserved = await queryRows<{ key: string }>(
        tx,
        sql`insert into sms_send_counts (key, window_start, count)
            select key, window_start, 1 from (values ${rows}) as v(key, window_start, max)
             where max > 0
             order by key
            on conflict (key, window_start) do update set count = sms_send_counts.count + 1
             where sms_send_counts.count < (select max from (values ${rows}) as v(key, window_start, max)
                                             where v.key = excluded.key)
            returning key`,
      );
      if (reserved.length !== counted.length) throw new LimitReached();
    });
  } catch (error) {
    if (error instanceof LimitReached)
      return fail("RATE_LIMITED", new Date(windowStart.getTime() + limits.windowMs));
    throw error;
  }
  // Old windows are of no use; removing them is best effort, outside the reservation.
  await deps.db
    .execute(
      sql`delete from sms_send_counts where window_start < ${windowStart.toISOString()}::timestamptz`,
    )
    .catch(() => undefined);
  return { keys: counted.map(([key]) => key), windowStart };
}

/** Gives a reservation back when the provider did not take the message. */
export async function releaseSend(deps: Deps, reservation: Reservation): Promise<void> {
  const keys = sql.join(
    reservation.keys.map((k) => sql`${k}`),
    sql`, `,
  );
  await deps.db.execute(
    sql`update sms_send_counts set count = greatest(count - 1, 0)
         where window_start = ${reservation.windowStart.toISOString()}::timestamptz and key in (${keys})`,
  );
}
