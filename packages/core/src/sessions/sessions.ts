import { PASSWORD_AMR, type Amr } from "./amr";
import { schema } from "@twofold/db";
import { eq, getTableColumns } from "drizzle-orm";
import { hashToken, newId, newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import type { RequestMeta, Tx } from "../ports";

export type SessionState = "pending_second_factor" | "active";

/** What a session is for: signing in, or only setting a new password after a reset link. */
export type SessionPurpose = "sign_in" | "password_reset";

export interface Session {
  id: string;
  accountId: string;
  state: SessionState;
  persistent: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  authenticatedAt: Date | null;
  /** How and when it signed in (see amr.ts); null while pending. */
  amr: string[] | null;
  signedInAt: Date | null;
}

/** A session and the token that opens it (the token is shown to the client once, never stored). */
export interface IssuedSession {
  token: string;
  session: Session;
}

/** How long a session in this state may live at most (its absolute expiry). */
export function lifetime(
  deps: Pick<Deps, "config">,
  session: { state: SessionState; persistent: boolean },
): number {
  const s = deps.config.session;
  if (session.state === "pending_second_factor") return s.pendingTtlMs;
  return session.persistent ? s.persistentAbsoluteMs : s.transientAbsoluteMs;
}

/** A session to open, and the request that opens it. */
export interface NewSession {
  accountId: string;
  state: SessionState;
  /** "Keep me signed in": a cookie that outlives the browser, and longer lifetimes. */
  persistent: boolean;
  meta: RequestMeta;
  /** The transaction the session is part of; else the database. */
  tx?: Tx;
  /** "sign_in" unless said: a reset's session may only set the new password. */
  purpose?: SessionPurpose;
  /** How an active session signed in (default: the password alone). */
  amr?: readonly Amr[];
}

/** Opens a session: active after a full authentication, pending when a factor is still due. */
export async function createSession(
  deps: Pick<Deps, "db" | "clock" | "random" | "config">,
  opening: NewSession,
): Promise<IssuedSession> {
  const { accountId, state, persistent, meta, tx = deps.db, purpose = "sign_in" } = opening;
  const now = deps.clock.now();
  const token = newToken(deps.random);
  const session: Session = {
    id: newId(deps.random),
    accountId,
    state,
    persistent,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetime(deps, { state, persistent })),
    authenticatedAt: state === "active" ? now : null,
    amr: state === "active" ? [...(opening.amr ?? PASSWORD_AMR)] : null,
    signedInAt: state === "active" ? now : null,
  };
  await tx.insert(schema.sessions).values({
    ...session,
    tokenHash: hashToken(token),
    purpose,
    ip: meta.ip.slice(0, 64),
    userAgent: meta.userAgent.slice(0, 512),
  });
  return { token, session };
}

/**
 * A session as a request finds it, with what its account asks first: `passwordChangeRequired`
 * ("This wasn't me" was used), read in the same statement, so it holds from the next request.
 */
export interface ResolvedSession extends Session {
  passwordChangeRequired: boolean;
  purpose: SessionPurpose;
}

/** The live session a token opens, or null (unknown, expired by age or by idleness). */
export async function resolveSession(
  deps: Pick<Deps, "db" | "clock" | "config">,
  token: string,
): Promise<ResolvedSession | null> {
  if (token.length === 0 || token.length > 128) return null;
  const t = schema.sessions;
  const a = schema.accounts;
  // Every column of the session but where it came from and its token's hash.
  const { tokenHash: _hash, ip: _ip, userAgent: _agent, ...columns } = getTableColumns(t);
  const [row] = await deps.db
    .select({ ...columns, passwordChangeRequired: a.passwordChangeRequired })
    .from(t)
    .innerJoin(a, eq(a.id, t.accountId))
    .where(eq(t.tokenHash, hashToken(token)));
  if (!row) return null;
  const session: ResolvedSession = {
    ...row,
    state: row.state as SessionState,
    purpose: row.purpose === "password_reset" ? "password_reset" : "sign_in",
  };
  const now = deps.clock.now().getTime();
  const s = deps.config.session;
  const idle = session.persistent ? s.persistentIdleMs : s.transientIdleMs;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + idle <= now) {
    await deps.db.delete(t).where(eq(t.id, session.id));
    return null;
  }
  if (now - session.lastSeenAt.getTime() >= s.touchEveryMs) {
    await deps.db
      .update(t)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(t.id, session.id));
  }
  return session;
}

/** Step-up: records a fresh full authentication on an active session. */
export async function markReauthenticated(
  deps: Pick<Deps, "db" | "clock">,
  sessionId: string,
): Promise<Date> {
  const now = deps.clock.now();
  await deps.db
    .update(schema.sessions)
    .set({ authenticatedAt: now })
    .where(eq(schema.sessions.id, sessionId));
  return now;
}

/** True when the session's last full authentication is recent enough for a security change. */
export function hasRecentAuthentication(
  deps: Pick<Deps, "clock" | "config">,
  session: Session,
): boolean {
  const at = session.authenticatedAt?.getTime();
  return at !== undefined && deps.clock.now().getTime() - at <= deps.config.session.stepUpMs;
}

export async function endSession(deps: Pick<Deps, "db">, sessionId: string): Promise<void> {
  await deps.db.delete(schema.sessions).where(eq(schema.sessions.id, sessionId));
}
