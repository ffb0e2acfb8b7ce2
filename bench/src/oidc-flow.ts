// An app signing a person in through Twofold's OpenID Connect provider, over plain HTTP as
// apps/server/test/oidc.ts drives it: the browser (a cookie jar) follows the provider's
// redirects by hand, the app exchanges the code at the token endpoint with PKCE.
import { createHash, randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSync } from "otplib";
import type { CookieJar } from "./cookie-jar";

/** A first-party confidential app (no consent screen), as TWOFOLD_OIDC_CLIENTS names it. */
export interface OidcApp {
  clientId: string;
  secret: string;
  redirectUri: string;
}

export const BENCH_APP: OidcApp = {
  clientId: "mail",
  secret: "bench-mail-app-secret-of-at-least-32-characters",
  redirectUri: "http://mail.localhost:8080/callback",
};

/** Writes the TWOFOLD_OIDC_CLIENTS file of the bench into `dir`; its path. */
export function writeClientsFile(dir: string, app: OidcApp = BENCH_APP): string {
  const path = join(dir, "oidc-clients.json");
  writeFileSync(
    path,
    JSON.stringify([
      {
        client_id: app.clientId,
        client_name: "Webmail",
        client_secret: app.secret,
        redirect_uris: [app.redirectUri],
        twofold_first_party: true,
      },
    ]),
  );
  return path;
}

/** The app's HTTP Basic credentials (RFC 6749 2.3.1: each part form-encoded). */
export function basicAuth(app: OidcApp): string {
  const id = encodeURIComponent(app.clientId);
  const secret = encodeURIComponent(app.secret);
  return `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;
}

async function trpc(base: string, jar: CookieJar, path: string, input: unknown): Promise<unknown> {
  const response = await jar.fetch(`${base}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { result?: { data?: unknown } };
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.result?.data;
}

/**
 * Signs the browser in with its password and the OTP app's code of the next step (the current
 * one may be spent: its enrollment was confirmed with it). Its Twofold session cookie is then in
 * the jar.
 */
export async function signInBrowser(
  base: string,
  jar: CookieJar,
  person: { email: string; password: string; totpSecret: string },
): Promise<void> {
  const first = (await trpc(base, jar, "auth.signIn", {
    email: person.email,
    password: person.password,
  })) as { status?: string };
  if (first.status !== "second_factor_required")
    throw new Error(`auth.signIn said ${String(first.status)}`);
  const code = generateSync({
    secret: person.totpSecret,
    epoch: Math.floor(Date.now() / 1000) + 30,
  });
  const done = (await trpc(base, jar, "auth.verifyTOTP", { code })) as { status?: string };
  if (done.status !== "authenticated")
    throw new Error(`auth.verifyTOTP said ${String(done.status)}`);
}

export interface CodeFlowOutcome {
  accessToken: string;
  /** Where the browser went, the provider's ids as :uid (e.g. /oidc/auth, /oidc/interaction/:uid, …, callback). */
  path: string[];
}

/** The provider's addresses: the issuer names the server localhost, the bench 127.0.0.1. */
function isProvider(at: URL, base: URL): boolean {
  const local = at.hostname === "localhost" || at.hostname === base.hostname;
  return local && at.port === base.port && at.protocol === base.protocol;
}

const step = (at: URL): string =>
  at.pathname.replace(/^\/oidc\/(interaction|auth)\/[A-Za-z0-9_-]+/, "/oidc/$1/:uid");

/**
 * One sign-in of the app: its authorization request (PKCE S256, state) opened in the browser,
 * the provider's redirects followed to the app's callback, the code exchanged for tokens. Throws
 * when the browser lands anywhere else (the sign-in page: the session does not do).
 */
export async function codeFlow(
  base: string,
  jar: CookieJar,
  app: OidcApp = BENCH_APP,
): Promise<CodeFlowOutcome> {
  const server = new URL(base);
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const request = new URL("/oidc/auth", server);
  request.search = new URLSearchParams({
    client_id: app.clientId,
    response_type: "code",
    redirect_uri: app.redirectUri,
    scope: "openid email profile",
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    state,
  }).toString();
  let at = request;
  const path = [step(at)];
  for (let hops = 0; ; hops += 1) {
    const response = await jar.fetch(at.href);
    const location = response.headers.get("location");
    await response.arrayBuffer();
    if (response.status < 300 || response.status >= 400 || !location)
      throw new Error(`${step(at)} answered ${response.status} without a redirect`);
    const next = new URL(location, at);
    if (!isProvider(next, server) || !next.pathname.startsWith("/oidc/")) {
      at = next;
      break;
    }
    if (hops >= 10) throw new Error(`too many redirects: ${path.join(" -> ")}`);
    at = new URL(`${next.pathname}${next.search}`, server);
    path.push(step(at));
  }
  path.push(at.href.startsWith(app.redirectUri) ? "callback" : step(at));
  const code = at.searchParams.get("code");
  if (!at.href.startsWith(app.redirectUri) || !code || at.searchParams.get("state") !== state)
    throw new Error(`the browser landed on ${at.href}: ${path.join(" -> ")}`);

  const response = await fetch(new URL("/oidc/token", server), {
    method: "POST",
    headers: {
      authorization: basicAuth(app),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: app.redirectUri,
      code_verifier: verifier,
    }).toString(),
  });
  const tokens = (await response.json()) as { access_token?: string; id_token?: string };
  if (response.status !== 200 || !tokens.access_token || !tokens.id_token)
    throw new Error(`the token endpoint answered ${response.status}: ${JSON.stringify(tokens)}`);
  return { accessToken: tokens.access_token, path };
}

/** POST /oidc/token/introspection of `token` by the app, as Dovecot's OAuth passdb sends it. */
export function introspectionRequest(base: string, token: string, app: OidcApp = BENCH_APP) {
  return {
    url: `${base}/oidc/token/introspection`,
    headers: {
      authorization: basicAuth(app),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ token }).toString(),
  };
}
