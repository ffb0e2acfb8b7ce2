import { schema } from "@twofold/db";
import { describeUserAgent } from "@twofold/push-protocol";
import { asc, eq, gt, and } from "drizzle-orm";
import type { Deps } from "../../deps";
import { kindOf } from "../kinds";
import type { EventDetail, SecurityEventType } from "../security-log";

/**
 * One event as an export writes it: every value a string, in the order of `EXPORT_COLUMNS`,
 * so the CSV and the JSON carry the same cells and the same export hashes.
 */
export interface ExportRow {
  /** The event's place in the server's sealed chain; "" while it is not sealed yet. */
  seq: string;
  /** "sealed", or "unsealed" for an event written moments ago and not yet in the chain. */
  status: "sealed" | "unsealed";
  time: string;
  kind: string;
  type: string;
  text: string;
  place: string;
  ip: string;
  device: string;
  /** The server's chain: the previous entry's hash and this entry's (HMAC-SHA256, hex). */
  prevHash: string;
  hash: string;
}

/** The columns of a row, in the order they are written and hashed. */
export const EXPORT_COLUMNS = [
  "seq",
  "status",
  "time",
  "kind",
  "type",
  "text",
  "place",
  "ip",
  "device",
  "prevHash",
  "hash",
] as const satisfies readonly (keyof ExportRow)[];

/** The sentence of an event in a language (front ends' texts, given by the app). */
export type DescribeEvent = (
  locale: string,
  event: { type: SecurityEventType; detail: EventDetail },
) => string;

const PAGE = 1000;

/** "Chrome on Linux" as a person recognises it; the raw string for a client not recognised. */
function deviceOf(userAgent: string): string {
  const { browser, os } = describeUserAgent(userAgent);
  if (browser) return os ? `${browser}, ${os}` : browser;
  return userAgent.trim().slice(0, 80);
}

/** Every event of the account, oldest first, as export rows in the account's language. */
export async function exportRows(
  deps: Deps,
  accountId: string,
  describe: DescribeEvent,
): Promise<{ locale: string; rows: ExportRow[] }> {
  const [account] = await deps.db
    .select({ locale: schema.accounts.locale })
    .from(schema.accounts)
    .where(eq(schema.accounts.id, accountId))
    .limit(1);
  const locale = account?.locale ?? "en";
  const t = schema.securityEvents;
  const rows: ExportRow[] = [];
  for (let after = 0; ;) {
    const page = await deps.db
      .select()
      .from(t)
      .where(and(eq(t.accountId, accountId), gt(t.id, after)))
      .orderBy(asc(t.id))
      .limit(PAGE);
    for (const r of page) {
      const sealed = r.seq !== null && r.hash !== null;
      rows.push({
        seq: sealed ? String(r.seq) : "",
        status: sealed ? "sealed" : "unsealed",
        time: r.createdAt.toISOString(),
        kind: kindOf(r.type),
        type: r.type,
        text: describe(locale, { type: r.type as SecurityEventType, detail: r.detail }),
        place: deps.geo.locate(r.ip) ?? "",
        ip: r.ip,
        device: deviceOf(r.userAgent),
        prevHash: sealed ? (r.prevHash ?? "") : "",
        hash: sealed ? (r.hash ?? "") : "",
      });
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) break;
    after = last.id;
  }
  return { locale, rows };
}
