import { schema } from "@twofold/db";
import { and, eq, gt, inArray } from "drizzle-orm";
import { describeUserAgent } from "@twofold/push-protocol";
import type { Deps } from "../deps";
import { CHECKUP_RULES, type CheckupFinding } from "./findings";

/** The events that mark a sign-in from an address (sign-up opens the first session). */
const SIGN_IN_EVENTS = ["sign_in_succeeded", "account_created"];

/** "Zurich, CH" -> "CH"; the country is all the place data reliably tells. */
export function countryOf(place: string | null): string | null {
  const found = place ? /(?:^|, )([A-Z]{2})$/.exec(place) : null;
  return found?.[1] ?? null;
}

/**
 * Sessions and trusted browsers from an unusual place: a country seen at no sign-in of the
 * account in the last 90 days but (at most) one, its own, while the account did sign in from
 * somewhere else. A person who always signs in from one country, or whose addresses have no
 * known place, gets no such finding (there is nothing to compare with).
 */
export async function unusualPlaces(deps: Deps, accountId: string): Promise<CheckupFinding[]> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - CHECKUP_RULES.placesWindowMs);
  const e = schema.securityEvents;
  const s = schema.sessions;
  const b = schema.trustedBrowsers;
  const [signIns, sessions, browsers] = await Promise.all([
    deps.db
      .select({ ip: e.ip })
      .from(e)
      .where(
        and(eq(e.accountId, accountId), inArray(e.type, SIGN_IN_EVENTS), gt(e.createdAt, since)),
      ),
    deps.db
      .select({ id: s.id, ip: s.ip, userAgent: s.userAgent, lastSeenAt: s.lastSeenAt })
      .from(s)
      .where(and(eq(s.accountId, accountId), eq(s.state, "active"), gt(s.expiresAt, now))),
    deps.db
      .select({ id: b.id, ip: b.ip, userAgent: b.userAgent, lastUsedAt: b.lastUsedAt })
      .from(b)
      .where(and(eq(b.accountId, accountId), gt(b.expiresAt, now))),
  ]);
  const seen = new Map<string, number>();
  for (const { ip } of signIns) {
    const country = countryOf(deps.geo.locate(ip));
    if (country) seen.set(country, (seen.get(country) ?? 0) + 1);
  }
  const unusual = (ip: string): string | null => {
    const place = deps.geo.locate(ip);
    const country = countryOf(place);
    if (!place || !country) return null;
    const here = seen.get(country) ?? 0;
    const elsewhere = [...seen.values()].reduce((sum, n) => sum + n, 0) - here;
    return here <= 1 && elsewhere > 0 ? place : null;
  };
  const findings: CheckupFinding[] = [];
  for (const r of sessions) {
    const place = unusual(r.ip);
    if (place)
      findings.push({
        kind: "unusual_session",
        sessionId: r.id,
        lastSeenAt: r.lastSeenAt,
        ip: r.ip,
        place,
        ...describeUserAgent(r.userAgent),
      });
  }
  for (const r of browsers) {
    const place = unusual(r.ip);
    if (place)
      findings.push({
        kind: "unusual_trusted_browser",
        trustedBrowserId: r.id,
        lastUsedAt: r.lastUsedAt,
        ip: r.ip,
        place,
        ...describeUserAgent(r.userAgent),
      });
  }
  return findings;
}
