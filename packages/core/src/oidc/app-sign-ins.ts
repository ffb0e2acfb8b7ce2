import { schema } from "@twofold/db";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { revokeGrantRecords } from "./records";

/** How many times an app's back-channel logout is tried before it is given up. */
export const LOGOUT_ATTEMPTS = 8;

/**
 * An app signed in through a Twofold session: its grant now hangs on that session (its codes
 * and tokens work while the session is active), the log says which app, and a third-party app
 * the person just allowed is announced by email (`app_authorized`).
 */
export async function recordAppSignIn(
  deps: Pick<Deps, "db" | "clock" | "random">,
  signIn: {
    accountId: string;
    sessionId: string;
    clientId: string;
    appName: string;
    grantId: string;
    meta: RequestMeta;
    /** The person allowed a third-party app just now (a consent screen). */
    consented?: boolean;
  },
): Promise<void> {
  const { accountId, sessionId, clientId, appName, grantId, meta } = signIn;
  await deps.db.transaction(async (tx) => {
    const added = await tx
      .insert(schema.appSignIns)
      .values({
        id: newId(deps.random),
        accountId,
        sessionId,
        clientId,
        appName,
        grantId,
        createdAt: deps.clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: schema.appSignIns.id });
    if (added.length === 0) return;
    const detail = { app: appName };
    if (signIn.consented)
      await recordEvent(deps, { tx, accountId, type: "app_authorized", meta, detail });
    await recordEvent(deps, { tx, accountId, type: "app_signed_in", meta, detail });
  });
}

/**
 * Every app signed in to the account signs out, whatever session it came through (a new
 * password: like the application passwords, no app keeps the old password's access). Their
 * tokens stop at once; their back-channel logouts become due.
 */
export async function signOutAllApps(tx: Tx, accountId: string): Promise<void> {
  const t = schema.appSignIns;
  await tx
    .update(t)
    .set({ sessionId: null })
    .where(and(eq(t.accountId, accountId), isNotNull(t.sessionId)));
}

/** The grant of an app's sign-in through this session, if it signed in through it before. */
export async function grantOfSession(
  deps: Pick<Deps, "db">,
  where: { sessionId: string; clientId: string },
): Promise<string | null> {
  const t = schema.appSignIns;
  const [row] = await deps.db
    .select({ grantId: t.grantId })
    .from(t)
    .where(and(eq(t.sessionId, where.sessionId), eq(t.clientId, where.clientId)))
    .orderBy(sql`${t.createdAt} desc`)
    .limit(1);
  return row?.grantId ?? null;
}

/** Learns the `sid` an app's ID tokens carry (its back-channel logout names it). */
export async function noteAppSid(
  deps: Pick<Deps, "db">,
  grant: { grantId: string; sid: string },
): Promise<void> {
  const t = schema.appSignIns;
  await deps.db
    .update(t)
    .set({ sid: grant.sid })
    .where(and(eq(t.grantId, grant.grantId), isNull(t.sid)));
}

/** The apps each of these sessions signed in to, oldest first (for the sessions page). */
export async function appsOfSessions(
  deps: Pick<Deps, "db">,
  sessionIds: string[],
): Promise<Map<string, { clientId: string; name: string; signedInAt: Date }[]>> {
  const apps = new Map<string, { clientId: string; name: string; signedInAt: Date }[]>();
  if (sessionIds.length === 0) return apps;
  const t = schema.appSignIns;
  const rows = await deps.db
    .select({ sessionId: t.sessionId, clientId: t.clientId, name: t.appName, at: t.createdAt })
    .from(t)
    .where(inArray(t.sessionId, sessionIds))
    .orderBy(t.createdAt);
  for (const row of rows) {
    if (row.sessionId === null) continue;
    const list = apps.get(row.sessionId) ?? [];
    if (!list.some((a) => a.clientId === row.clientId))
      list.push({ clientId: row.clientId, name: row.name, signedInAt: row.at });
    apps.set(row.sessionId, list);
  }
  return apps;
}

/** An app to sign out: its session ended; `sid` null when it never got a code. */
export interface DueLogout {
  id: string;
  accountId: string;
  clientId: string;
  grantId: string;
  sid: string | null;
}

/**
 * The apps whose Twofold session ended (signed out, revoked, expired, a new password, "this
 * wasn't me", a recovery), their codes and tokens deleted first (they stopped working when the
 * session ended: this forgets them). The caller sends each its back-channel logout and says
 * how it went with `logoutDone`.
 */
export async function dueLogouts(deps: Pick<Deps, "db">, limit = 50): Promise<DueLogout[]> {
  const t = schema.appSignIns;
  const rows = await deps.db
    .select({
      id: t.id,
      accountId: t.accountId,
      clientId: t.clientId,
      grantId: t.grantId,
      sid: t.sid,
    })
    .from(t)
    .where(and(isNull(t.sessionId), isNull(t.logoutSentAt), lt(t.logoutAttempts, LOGOUT_ATTEMPTS)))
    .limit(limit);
  for (const row of rows) await revokeGrantRecords(deps, row.grantId);
  return rows;
}

/** The app was told (or has nothing to be told): done; else one more attempt counted. */
export async function logoutDone(
  deps: Pick<Deps, "db" | "clock">,
  logout: { id: string; sent: boolean },
): Promise<void> {
  const t = schema.appSignIns;
  await deps.db
    .update(t)
    .set(
      logout.sent
        ? { logoutSentAt: deps.clock.now() }
        : { logoutAttempts: sql`${t.logoutAttempts} + 1` },
    )
    .where(and(eq(t.id, logout.id), isNull(t.sessionId), isNull(t.logoutSentAt)));
}

/** Sign-ins whose logout is over (sent or given up) and older than a month: forgotten. */
export async function purgeEndedAppSignIns(deps: Pick<Deps, "db" | "clock">): Promise<void> {
  const t = schema.appSignIns;
  const before = new Date(deps.clock.now().getTime() - 30 * 24 * 3600_000);
  await deps.db
    .delete(t)
    .where(and(isNull(t.sessionId), isNotNull(t.logoutSentAt), lt(t.logoutSentAt, before)));
}
