// What the OpenID Connect tests share: a server with two apps (a first-party confidential one with
// a back-channel logout receiver, a third-party public one), and a real relying party (openid-client).
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseHandle, DatabaseKind } from "@twofold/db";
import { createTestDatabase } from "@twofold/testing";
import * as client from "openid-client";
import { afterAll, beforeAll } from "vitest";
import { readEnv } from "../src/env";
import { startServer, type RunningServer } from "../src/server";
import type { CookieBrowser } from "./browser";

export const MAIL_SECRET = "mail-app-secret-of-at-least-thirty-two-characters";
export const MAILSERVER_SECRET = "mail-server-secret-of-at-least-thirty-two-chars";
export const MAIL_CALLBACK = "http://mail.localhost:8080/callback";
export const NOTES_CALLBACK = "http://notes.localhost:8081/callback";

/** A local receiver of back-channel logout tokens (a real HTTP server, as an app runs). */
export interface Receiver {
  url: string;
  tokens: string[];
  close: () => Promise<void>;
}

export async function logoutReceiver(): Promise<Receiver> {
  const tokens: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const token = new URLSearchParams(body).get("logout_token");
      if (token) tokens.push(token);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/logout`,
    tokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The TWOFOLD_OIDC_CLIENTS file of the tests. */
export function clientsFile(backchannelLogoutUri: string): string {
  const dir = mkdtempSync(join(tmpdir(), "twofold-oidc-"));
  const path = join(dir, "clients.json");
  writeFileSync(
    path,
    JSON.stringify([
      {
        client_id: "mail",
        client_name: "Webmail",
        client_secret: MAIL_SECRET,
        redirect_uris: [MAIL_CALLBACK],
        post_logout_redirect_uris: ["http://mail.localhost:8080/bye"],
        backchannel_logout_uri: backchannelLogoutUri,
        backchannel_logout_session_required: true,
        twofold_first_party: true,
      },
      {
        client_id: "mailserver",
        client_name: "Mail server",
        client_secret: MAILSERVER_SECRET,
        grant_types: [],
      },
      {
        client_id: "notes",
        client_name: "Notes",
        token_endpoint_auth_method: "none",
        redirect_uris: [NOTES_CALLBACK],
      },
    ]),
  );
  return path;
}

/** openid-client's configuration of an app against the server (plain HTTP: a local test). */
export function relyingParty(issuer: string, clientId: string, secret?: string) {
  return client.discovery(new URL(issuer), clientId, secret, undefined, {
    execute: [client.allowInsecureRequests],
  });
}

/** An authorization request as the app builds it (PKCE S256, state), to open in a browser. */
export async function authorizationRequest(
  config: client.Configuration,
  params: Record<string, string> = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: config.clientMetadata().client_id === "mail" ? MAIL_CALLBACK : NOTES_CALLBACK,
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    ...params,
  });
  return { url, verifier, state };
}

/** Signs the browser in with its password and, when asked, the OTP app's code. */
export async function signInBrowser(
  browser: CookieBrowser,
  person: { email: string; password: string; code?: () => string },
  extra: Record<string, unknown> = {},
): Promise<string> {
  const reply = await browser.call("auth.signIn", {
    email: person.email,
    password: person.password,
    ...extra,
  });
  const body = reply.body as { result?: { data?: { status?: string } } };
  const status = body.result?.data?.status ?? `error ${reply.status}`;
  if (status === "second_factor_required" && person.code) {
    const verified = await browser.call("auth.verifyTOTP", { code: person.code() });
    const v = verified.body as { result?: { data?: { status?: string } } };
    return v.result?.data?.status ?? `error ${verified.status}`;
  }
  return status;
}

/** Signs in through the app's request and exchanges the code: the app's tokens. */
export async function codeFlow(
  browser: CookieBrowser,
  config: client.Configuration,
  options: { params?: Record<string, string>; signIn?: () => Promise<string> } = {},
) {
  const request = await authorizationRequest(config, options.params);
  let at = await browser.open(request.url.href);
  if (at.pathname === "/sign-in") {
    if (!options.signIn) throw new Error("the request needs a sign-in");
    const status = await options.signIn();
    if (status !== "authenticated") throw new Error(`sign-in said ${status}`);
    at = await browser.open(
      new URL(`/oidc/interaction/${at.searchParams.get("interaction")}`, at).href,
    );
  }
  return client.authorizationCodeGrant(config, at, {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
  });
}

/**
 * A server with the test apps (and a back-channel logout receiver) for one test file, made
 * before its first test and closed after its last. Use it inside a describe block.
 */
export function useOidcServer(kind: DatabaseKind) {
  let running: { server: RunningServer; database: DatabaseHandle; receiver: Receiver } | null =
    null;
  beforeAll(async () => {
    const database = await createTestDatabase(kind);
    const receiver = await logoutReceiver();
    const server = await startServer({
      env: readEnv({
        PORT: "0",
        LOG_LEVEL: "silent",
        TWOFOLD_OIDC_CLIENTS: clientsFile(receiver.url),
      }),
      database,
    });
    running = { server, database, receiver };
  });
  afterAll(async () => {
    await running?.server.close();
    await running?.receiver.close();
    await running?.database.close();
  });
  const started = () => {
    if (!running) throw new Error("the OpenID Connect test server is used before beforeAll");
    return running;
  };
  return {
    get server() {
      return started().server;
    },
    get database() {
      return started().database;
    },
    get receiver() {
      return started().receiver;
    },
    /** The provider's address as browsers open it (security keys want a name, not an IP). */
    issuer: () => started().server.url.replace("127.0.0.1", "localhost"),
  };
}
