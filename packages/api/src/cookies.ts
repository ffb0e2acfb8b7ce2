import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestInfo, ResponseControl } from "./context";

/** `__Host-` binds the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure). */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-twofold_session" : "twofold_session";
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function trustedBrowserCookieName(secure: boolean): string {
  return secure ? "__Host-twofold_trusted" : "twofold_trusted";
}

export function recentBrowserCookieName(secure: boolean): string {
  return secure ? "__Host-twofold_recent" : "twofold_recent";
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,128})$/;

/** The token of a request: an Authorization bearer token wins over the cookie. */
export function readRequestInfo(req: IncomingMessage, secure: boolean, ip: string): RequestInfo {
  const userAgent = (req.headers["user-agent"] ?? "").slice(0, 512);
  const trustedBrowser = readCookie(req.headers.cookie, trustedBrowserCookieName(secure));
  const recentBrowser = readCookie(req.headers.cookie, recentBrowserCookieName(secure));
  const browser = { ip, userAgent, trustedBrowser, recentBrowser };
  const bearer = BEARER.exec(req.headers.authorization ?? "");
  if (bearer?.[1]) return { ...browser, token: bearer[1], via: "bearer" };
  const cookie = readCookie(req.headers.cookie, sessionCookieName(secure));
  return cookie
    ? { ...browser, token: cookie, via: "cookie" }
    : { ...browser, token: null, via: null };
}

/**
 * Sets the session cookie on a node response. "Stay signed in" gets Max-Age; otherwise no
 * Max-Age/Expires, so the browser drops it when it closes ("authenticate at each launch").
 */
export function responseControl(res: ServerResponse, secure: boolean): ResponseControl {
  const name = sessionCookieName(secure);
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return {
    setSessionCookie(token, persistent, maxAgeSeconds) {
      const age = persistent ? `; Max-Age=${maxAgeSeconds}` : "";
      res.appendHeader("Set-Cookie", `${name}=${token}; ${attributes}${age}`);
    },
    clearSessionCookie() {
      res.appendHeader("Set-Cookie", `${name}=; ${attributes}; Max-Age=0`);
    },
    setTrustedBrowserCookie(value, maxAgeSeconds) {
      const trusted = trustedBrowserCookieName(secure);
      res.appendHeader(
        "Set-Cookie",
        `${trusted}=${value}; ${attributes}; Max-Age=${maxAgeSeconds}`,
      );
    },
    setRecentBrowserCookie(value, maxAgeSeconds) {
      const recent = recentBrowserCookieName(secure);
      res.appendHeader("Set-Cookie", `${recent}=${value}; ${attributes}; Max-Age=${maxAgeSeconds}`);
    },
  };
}
