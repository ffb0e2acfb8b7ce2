import { RECENT_BROWSER_TTL_MS, type IssuedSession } from "@twofold/core";
import * as z from "zod";
import type { Context } from "../context";

/** Dates travel as ISO strings (no transformer: any HTTP client reads plain JSON). */
export const iso = (date: Date): string => date.toISOString();
export const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * Text a person typed: bounded, and without control characters (a NUL would reach the
 * database, which refuses it; none belongs in a name, an address or a code).
 */
export const plainText = (max: number) =>
  z
    .string()
    .max(max)
    // No control characters, and no half of a surrogate pair (not text: the database refuses it).
    .regex(/^[^\p{Cc}\p{Cs}]*$/u, "control characters are not allowed");

export const codeInput = plainText(64);
export const labelInput = plainText(64).trim().min(1);
export const idInput = z.uuid();

/**
 * Hands a new session token to the client the way it asked: a cookie for browsers, or in the
 * body for clients that asked for it or that authenticate with a bearer token.
 */
export function deliverToken(
  ctx: Context,
  issued: IssuedSession,
  tokenInBody?: boolean,
): { token?: string } {
  if (tokenInBody || ctx.req.via === "bearer") return { token: issued.token };
  const { expiresAt, lastSeenAt } = issued.session;
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - lastSeenAt.getTime()) / 1000));
  ctx.res.setSessionCookie(issued.token, issued.session.persistent, maxAge);
  if (issued.session.state === "active") rememberBrowser(ctx, issued.session.accountId);
  return {};
}

/**
 * After a full sign-in in a browser: "this browser signed in to this account" (a signed cookie
 * naming the latest accounts), which may later prove the account in a recovery. Also after
 * "sign out everywhere else" and a password change, which void every other browser's cookie:
 * the browser that asked keeps its proof. Bearer clients (the terminal) have no cookie.
 */
export function rememberBrowser(ctx: Context, accountId: string): void {
  if (ctx.req.via === "bearer") return;
  const value = ctx.deps.twofold.recovery.recentBrowserCookie({
    accountId,
    previous: ctx.req.recentBrowser ?? undefined,
  });
  ctx.res.setRecentBrowserCookie?.(value, Math.floor(RECENT_BROWSER_TTL_MS / 1000));
}

/** A push request's answer asked for, as a long poll of up to 25 s (sign-in and step-up). */
export const pushResultInput = z.strictObject({
  requestId: idInput,
  waitSeconds: z.number().int().min(0).max(25).optional(),
});

export const pushResultOutput = z.object({
  status: z.enum(["pending", "approved", "denied", "expired", "cancelled"]),
});
