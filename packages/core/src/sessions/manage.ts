import { appsOfSessions } from "../oidc/app-sign-ins";
import { schema } from "@twofold/db";
import { and, desc, eq, gt, ne } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import type { Session } from "./sessions";
import { forgetRecentBrowsers } from "../account-recovery/recent-browsers";
import { describeUserAgent } from "@twofold/push-protocol";

export interface SessionView {
  id: string;
  browser: string | null;
  os: string | null;
  ip: string;
  /**
   * Where the address is ("Zurich, CH"), looked up when the list is read (no migration; the
   * address is what is stored); null when unknown, private, or no database is configured.
   */
  place: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  persistent: boolean;
  current: boolean;
  /** The apps it signed in to (OpenID Connect), the first first. */
  apps: { clientId: string; name: string }[];
}

/** The account's signed-in sessions, the most recently seen first, this one marked. */
export async function listSessions(deps: Deps, current: Session): Promise<SessionView[]> {
  const t = schema.sessions;
  const rows = await deps.db
    .select({
      id: t.id,
      ip: t.ip,
      userAgent: t.userAgent,
      createdAt: t.createdAt,
      lastSeenAt: t.lastSeenAt,
      persistent: t.persistent,
    })
    .from(t)
    .where(
      and(
        eq(t.accountId, current.accountId),
        eq(t.state, "active"),
        gt(t.expiresAt, deps.clock.now()),
      ),
    )
    .orderBy(desc(t.lastSeenAt), desc(t.id));
  const apps = await appsOfSessions(
    deps,
    rows.map((r) => r.id),
  );
  return rows.map(({ userAgent, ...r }) => ({
    ...r,
    apps: (apps.get(r.id) ?? []).map(({ clientId, name }) => ({ clientId, name })),
    ...describeUserAgent(userAgent),
    place: deps.geo.locate(r.ip),
    current: r.id === current.id,
  }));
}

/** Ends one of the account's sessions (its token stops working at once). */
export async function endAccountSession(
  deps: Deps,
  current: Session,
  sessionId: string,
  meta: RequestMeta,
): Promise<Result<{ ended: number }, "SESSION_NOT_FOUND">> {
  const t = schema.sessions;
  const gone = await deps.db
    .delete(t)
    .where(and(eq(t.id, sessionId), eq(t.accountId, current.accountId)))
    .returning({ id: t.id });
  if (gone.length === 0) return fail("SESSION_NOT_FOUND");
  await recordEvent(deps, {
    accountId: current.accountId,
    type: "session_ended",
    meta,
    detail: {
      current: sessionId === current.id,
    },
  });
  return ok({ ended: 1 });
}

/** "Sign out everywhere else": every session of the account but this one. */
export async function endOtherSessions(
  deps: Deps,
  current: Session,
  meta: RequestMeta,
): Promise<{ ended: number }> {
  const t = schema.sessions;
  const gone = await deps.db.transaction(async (tx) => {
    // A browser someone else signed in with no longer proves the account in a recovery.
    await forgetRecentBrowsers(deps, { tx, accountId: current.accountId });
    return tx
      .delete(t)
      .where(and(eq(t.accountId, current.accountId), ne(t.id, current.id)))
      .returning({ id: t.id });
  });
  await recordEvent(deps, {
    accountId: current.accountId,
    type: "sessions_ended",
    meta,
    detail: {
      count: gone.length,
    },
  });
  return { ended: gone.length };
}
