import type { DescribeEvent, RequestMeta, Twofold } from "@twofold/core";

/** Plain dependencies of every procedure (the inner context): tests build this directly. */
export interface ApiDeps {
  twofold: Twofold;
  /** Where devices connect for pushes (ws://...), when a gateway runs. */
  pushGatewayUrl?: string | null;
  /**
   * The server's VAPID public key (base64url, uncompressed P-256 point: what the browser's
   * `PushManager.subscribe({applicationServerKey})` takes), or null when Web Push is off.
   */
  vapidPublicKey?: string | null;
  /**
   * An event in words in a language (the front ends' sentences, which the app passes in: the
   * API does not hold people's texts). Unset: exports name the event type instead.
   */
  describeEvent?: DescribeEvent;
}

/** Where the session token came from: the browser's cookie or an Authorization header. */
export type TokenSource = "cookie" | "bearer";

export interface RequestInfo extends RequestMeta {
  token: string | null;
  via: TokenSource | null;
  /** The "don't ask for a second factor here" cookie, when the browser sent one. */
  trustedBrowser?: string | null;
  /** The "this browser signed in to these accounts" cookie (an account recovery's proof). */
  recentBrowser?: string | null;
}

/** What a procedure may do to the response: only the session cookie. */
export interface ResponseControl {
  setSessionCookie(token: string, persistent: boolean, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
  /** The trusted-browser cookie (HttpOnly, until it expires). */
  setTrustedBrowserCookie(value: string, maxAgeSeconds: number): void;
  /** The recently-used-browser cookie (HttpOnly, a year), set at each full sign-in. */
  setRecentBrowserCookie?(value: string, maxAgeSeconds: number): void;
}

export interface Context {
  deps: ApiDeps;
  req: RequestInfo;
  res: ResponseControl;
}

export function createContextInner(deps: ApiDeps, req: RequestInfo, res: ResponseControl): Context {
  return { deps, req, res };
}
