import { randomBytes } from "node:crypto";
import { databaseKinds, dumpAllTables, otpAppCode } from "@twofold/testing";
import * as client from "openid-client";
import { readEnv } from "../env";
import { startServer } from "../server";
import { describe, expect, it } from "vitest";
import { CookieBrowser } from "../../test/browser";
import { data } from "../../test/http";
import { signUpWithTOTP } from "../../test/person";
import {
  useOidcServer,
  authorizationRequest,
  clientsFile,
  codeFlow,
  MAIL_SECRET,
  relyingParty,
  signInBrowser,
} from "../../test/oidc";

const PASSWORD = "correct horse battery staple";

describe.each(databaseKinds())(
  "an app's tokens live as long as the Twofold session (%s)",
  (kind) => {
    const oidc = useOidcServer(kind);
    const issuer = oidc.issuer;

    async function signedIn(tag: string) {
      const email = `life-${tag}-${Date.now()}@example.ch`;
      const on = await signUpWithTOTP(oidc.server.url, { email, password: PASSWORD });
      let step = 1;
      const code = () => otpAppCode(on.otpauthUri, new Date(Date.now() + 30_000 * step++));
      const browser = new CookieBrowser(issuer());
      const person = { email, password: PASSWORD, code };
      return {
        browser,
        person,
        backupCode: on.backupCodes[0] ?? "",
        signIn: () => signInBrowser(browser, person),
      };
    }

    it("refreshes with rotation, introspects, revokes", async () => {
      const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
      const { browser, signIn } = await signedIn("refresh");
      const tokens = await codeFlow(browser, mail, { signIn });
      const first = tokens.refresh_token ?? "";
      expect(first).not.toBe("");

      const active = await client.tokenIntrospection(mail, tokens.access_token);
      expect(active.active).toBe(true);
      expect(active.email).toMatch(/^life-refresh-/);

      const refreshed = await client.refreshTokenGrant(mail, first);
      expect(refreshed.refresh_token).not.toBe(first);
      // A rotated refresh token used again is refused (and the grant it belongs to ends).
      await expect(client.refreshTokenGrant(mail, first)).rejects.toMatchObject({
        error: "invalid_grant",
      });
      expect((await client.tokenIntrospection(mail, refreshed.access_token)).active).toBe(false);

      // A dump of the database holds none of them in readable form.
      const dump = await dumpAllTables(oidc.database);
      for (const secret of [
        tokens.access_token,
        first,
        refreshed.access_token,
        refreshed.refresh_token ?? "",
      ])
        expect(dump).not.toContain(secret);

      const fresh = await codeFlow(browser, mail);
      await client.tokenRevocation(mail, fresh.access_token);
      expect((await client.tokenIntrospection(mail, fresh.access_token)).active).toBe(false);
    });

    it("ending the session in Twofold ends the app's tokens at once and sends its back-channel logout", async () => {
      const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
      const { browser, signIn, person, backupCode } = await signedIn("end");
      const tokens = await codeFlow(browser, mail, { signIn });
      const sid = tokens.claims()?.sid;

      // The sessions page names the app.
      const sessions = data<{ id: string; current: boolean; apps: { name: string }[] }[]>(
        await browser.query("sessions.list"),
      );
      const current = sessions.find((s) => s.current);
      expect(current?.apps.map((a) => a.name)).toEqual(["Webmail"]);

      // The person ends this session from another browser's sessions page.
      const other = new CookieBrowser(issuer());
      data(await other.call("auth.signIn", { email: person.email, password: person.password }));
      data(await other.call("auth.verifyBackupCode", { code: backupCode }));
      expect((await client.tokenIntrospection(mail, tokens.access_token)).active).toBe(true);
      data(await other.call("sessions.revoke", { id: current?.id }));
      expect((await client.tokenIntrospection(mail, tokens.access_token)).active).toBe(false);
      await expect(
        client.refreshTokenGrant(mail, tokens.refresh_token ?? ""),
      ).rejects.toMatchObject({
        error: "invalid_grant",
      });
      await expect(
        client.fetchUserInfo(mail, tokens.access_token, tokens.claims()?.sub ?? ""),
      ).rejects.toThrow();

      await oidc.server.flushAppLogouts();
      const logouts = oidc.receiver.tokens.map(
        (t) =>
          JSON.parse(Buffer.from(t.split(".")[1] ?? "", "base64url").toString()) as {
            sid?: string;
            events?: Record<string, unknown>;
          },
      );
      const ours = logouts.find((claims) => claims.sid === sid);
      expect(ours?.events).toHaveProperty(["http://schemas.openid.net/event/backchannel-logout"]);
    });

    it("a third-party app asks for consent; deny goes back with access_denied, allow with a code", async () => {
      const notes = await relyingParty(issuer(), "notes");
      const { browser, signIn } = await signedIn("consent");
      expect(await signIn()).toBe("authenticated");
      const request = await authorizationRequest(notes);
      const page = await browser.open(request.url.href);
      expect(page.pathname).toBe("/consent");
      const uid = page.searchParams.get("interaction") ?? "";
      const details = await browser.fetch(`${issuer()}/oidc/interaction/${uid}/details`);
      expect(await details.json()).toMatchObject({
        client: { id: "notes", name: "Notes", firstParty: false },
        prompt: "consent",
        scopes: ["openid", "email", "profile"],
      });
      const answer = await browser.fetch(`${issuer()}/oidc/interaction/${uid}/consent`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: issuer() },
        body: JSON.stringify({ decision: "allow" }),
      });
      const { redirectTo } = (await answer.json()) as { redirectTo: string };
      const back = await browser.open(redirectTo);
      const tokens = await client.authorizationCodeGrant(notes, back, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
      });
      expect(tokens.claims()?.amr).toEqual(["pwd", "otp", "mfa"]);
      const log = data<{ events: { type: string; detail: Record<string, unknown> }[] }>(
        await browser.query("securityLog.list", {}),
      );
      expect(
        log.events.filter((e) => e.type === "app_authorized").map((e) => e.detail.app),
      ).toEqual(["Notes"]);

      const denied = await authorizationRequest(notes);
      const again = await browser.open(denied.url.href);
      // Consented in this session: no second question.
      expect(again.origin).toBe("http://notes.localhost:8081");
    });

    it("an app's logout, confirmed, signs the browser out of Twofold and ends the app's tokens", async () => {
      const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
      const { browser, signIn } = await signedIn("logout");
      const tokens = await codeFlow(browser, mail, { signIn });
      const end = client.buildEndSessionUrl(mail, {
        id_token_hint: tokens.id_token ?? "",
        post_logout_redirect_uri: "http://mail.localhost:8080/bye",
      });
      const page = await browser.fetch(end.href);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain("Sign out of Twofold?");
      const action = /action="([^"]+)"/.exec(html)?.[1] ?? "";
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
      const confirmed = await browser.fetch(new URL(action, issuer()).href, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ xsrf, logout: "yes" }).toString(),
      });
      expect(confirmed.status).toBe(303);
      expect(confirmed.headers.get("location")).toBe("http://mail.localhost:8080/bye");
      expect((await browser.query("auth.me")).status).toBe(401);
      expect((await client.tokenIntrospection(mail, tokens.access_token)).active).toBe(false);
    });

    it("a second server with another master key refuses to start, naming TWOFOLD_MASTER_KEY", async () => {
      const second = startServer({
        env: readEnv({
          PORT: "0",
          LOG_LEVEL: "silent",
          TWOFOLD_MASTER_KEY: randomBytes(32).toString("hex"),
          TWOFOLD_OIDC_CLIENTS: clientsFile(oidc.receiver.url),
        }),
        database: oidc.database,
      });
      await expect(second).rejects.toThrow(/TWOFOLD_MASTER_KEY/);
    });
  },
);
