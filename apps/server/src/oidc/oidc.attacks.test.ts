import { databaseKinds, otpAppCode } from "@twofold/testing";
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { CookieBrowser } from "../../test/browser";
import { data } from "../../test/http";
import { confirmSignUp, sender, signUpWithTOTP } from "../../test/person";
import {
  useOidcServer,
  authorizationRequest,
  MAIL_SECRET,
  MAILSERVER_SECRET,
  relyingParty,
  signInBrowser,
} from "../../test/oidc";

const PASSWORD = "correct horse battery staple";

describe.each(databaseKinds())("attacks on the OpenID Connect provider (%s)", (kind) => {
  const oidc = useOidcServer(kind);
  const issuer = oidc.issuer;

  async function withTOTP(tag: string) {
    const email = `attack-${tag}-${Date.now()}@example.ch`;
    const on = await signUpWithTOTP(oidc.server.url, { email, password: PASSWORD });
    const browser = new CookieBrowser(issuer());
    const code = () => otpAppCode(on.otpauthUri, new Date(Date.now() + 30_000));
    return {
      browser,
      email,
      signIn: () => signInBrowser(browser, { email, password: PASSWORD, code }),
      backupCode: on.backupCodes[0] ?? "",
    };
  }

  /** The code the app gets once signed in (the browser's session satisfies the request). */
  async function codeFor(browser: CookieBrowser, config: client.Configuration, params = {}) {
    const request = await authorizationRequest(config, params);
    const at = await browser.open(request.url.href);
    return { request, at };
  }

  it("never redirects to an address the app did not register", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const request = await authorizationRequest(mail, {
      redirect_uri: "https://evil.example/steal",
    });
    const response = await fetch(request.url, { redirect: "manual" });
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("redirect_uri");
  });

  it("a code is exchanged once: of 8 racing exchanges one wins, and a replay revokes its tokens", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const { browser, signIn } = await withTOTP("reuse");
    expect(await signIn()).toBe("authenticated");
    const { request, at } = await codeFor(browser, mail);
    expect(at.searchParams.get("code")).toBeTruthy();
    const exchange = () =>
      client.authorizationCodeGrant(mail, at, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
      });
    const results = await Promise.allSettled(Array.from({ length: 8 }, exchange));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const tokens = won[0]?.status === "fulfilled" ? won[0].value : null;
    // The losers' replays revoked the grant: the winner's token no longer works either.
    expect((await client.tokenIntrospection(mail, tokens?.access_token ?? "")).active).toBe(false);
  });

  it("a public app must use PKCE, with the right verifier", async () => {
    const notes = await relyingParty(issuer(), "notes");
    const { browser, signIn } = await withTOTP("pkce");
    expect(await signIn()).toBe("authenticated");
    const bare = client.buildAuthorizationUrl(notes, {
      redirect_uri: "http://notes.localhost:8081/callback",
      scope: "openid",
      state: "s",
    });
    const refused = await browser.open(bare.href);
    expect(refused.searchParams.get("error")).toBe("invalid_request");
    expect(refused.searchParams.get("code")).toBeNull();

    const consent = await codeFor(browser, notes);
    const uid = consent.at.searchParams.get("interaction") ?? "";
    const answer = await browser.fetch(`${issuer()}/oidc/interaction/${uid}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ decision: "allow" }),
    });
    const back = await browser.open(((await answer.json()) as { redirectTo: string }).redirectTo);
    await expect(
      client.authorizationCodeGrant(notes, back, {
        pkceCodeVerifier: client.randomPKCECodeVerifier(),
        expectedState: consent.request.state,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("a half signed-in session (second step not done) never completes an authorization", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const { browser, email } = await withTOTP("pending");
    const reply = data<{ status: string }>(
      await browser.call("auth.signIn", { email, password: PASSWORD }),
    );
    expect(reply.status).toBe("second_factor_required");
    const { at } = await codeFor(browser, mail);
    expect(at.pathname).toBe("/sign-in");
    const again = await browser.open(
      `${issuer()}/oidc/interaction/${at.searchParams.get("interaction")}`,
    );
    expect(again.pathname).toBe("/sign-in");
    expect(again.searchParams.get("code")).toBeNull();
  });

  it("an app asking for a second step of a password-only account gets unmet_authentication_requirements", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const email = `attack-pwonly-${Date.now()}@example.ch`;
    const browser = new CookieBrowser(issuer());
    await confirmSignUp(sender(oidc.server.url), { email, password: PASSWORD });
    const { at } = await codeFor(browser, mail, { acr_values: "urn:twofold:acr:mfa" });
    expect(at.pathname).toBe("/sign-in");
    expect(await signInBrowser(browser, { email, password: PASSWORD })).toBe("authenticated");
    const back = await browser.open(
      `${issuer()}/oidc/interaction/${at.searchParams.get("interaction")}`,
    );
    expect(back.origin).toBe("http://mail.localhost:8080");
    expect(back.searchParams.get("error")).toBe("unmet_authentication_requirements");
    expect(back.searchParams.get("code")).toBeNull();
  });

  it("max_age asks a signed-in person to sign in again, and their new sign-in answers", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const { browser, email, signIn, backupCode } = await withTOTP("maxage");
    expect(await signIn()).toBe("authenticated");
    // Signed in more than a second ago (the provider counts whole seconds).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const { request, at } = await codeFor(browser, mail, { max_age: "1" });
    expect(at.pathname).toBe("/sign-in");
    const uid = at.searchParams.get("interaction") ?? "";
    const details = (await (
      await browser.fetch(`${issuer()}/oidc/interaction/${uid}/details`)
    ).json()) as { signIn: { fresh: boolean; secondFactor: boolean } };
    expect(details.signIn).toMatchObject({ fresh: true, secondFactor: false });
    // Still the old sign-in: back to the sign-in page, no code.
    expect((await browser.open(`${issuer()}/oidc/interaction/${uid}`)).pathname).toBe("/sign-in");
    data(await browser.call("auth.signIn", { email, password: PASSWORD }));
    data(await browser.call("auth.verifyBackupCode", { code: backupCode }));
    const back = await browser.open(`${issuer()}/oidc/interaction/${uid}`);
    const tokens = await client.authorizationCodeGrant(mail, back, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
    });
    expect(tokens.claims()?.auth_time).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 5);
  });

  it("a trusted browser still passes the second step when the app asks for it", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const { browser, email, signIn } = await withTOTP("trusted");
    expect(await signIn()).toBe("authenticated");
    data(await browser.call("auth.trustBrowser", {}));
    data(await browser.call("auth.signOut"));
    // Password alone on this browser now: enough for an app that asks nothing more.
    expect(await signInBrowser(browser, { email, password: PASSWORD })).toBe("authenticated");
    const plain = await codeFor(browser, mail);
    expect(plain.at.searchParams.get("code")).toBeTruthy();
    const strict = await codeFor(browser, mail, { acr_values: "urn:twofold:acr:mfa" });
    expect(strict.at.pathname).toBe("/sign-in");
    const uid = strict.at.searchParams.get("interaction") ?? "";
    const details = (await (
      await browser.fetch(`${issuer()}/oidc/interaction/${uid}/details`)
    ).json()) as {
      signIn: { secondFactor: boolean };
    };
    expect(details.signIn.secondFactor).toBe(true);
  });

  it("only the app itself and the mail server may introspect an app's token", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const mailServer = await relyingParty(issuer(), "mailserver", MAILSERVER_SECRET);
    const { browser, signIn } = await withTOTP("introspect");
    expect(await signIn()).toBe("authenticated");
    const { request, at } = await codeFor(browser, mail);
    const tokens = await client.authorizationCodeGrant(mail, at, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
    });
    expect((await client.tokenIntrospection(mailServer, tokens.access_token)).active).toBe(true);
    const other = await relyingParty(issuer(), "notes");
    // Another app learns nothing about it (RFC 7662: inactive, as for an unknown token).
    expect((await client.tokenIntrospection(other, tokens.access_token)).active).toBe(false);
    expect((await client.tokenIntrospection(mail, tokens.access_token)).active).toBe(true);
  });

  it("a wrong client secret gets no token", async () => {
    const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
    const forged = await relyingParty(issuer(), "mail", `${MAIL_SECRET}-wrong`);
    const { browser, signIn } = await withTOTP("secret");
    expect(await signIn()).toBe("authenticated");
    const { request, at } = await codeFor(browser, mail);
    await expect(
      client.authorizationCodeGrant(forged, at, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
      }),
    ).rejects.toMatchObject({ error: "invalid_client" });
  });
});
