import { createSoftAuthenticator, databaseKinds, otpAppCode } from "@twofold/testing";
import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { CookieBrowser } from "../../test/browser";
import { call, data } from "../../test/http";
import { signUpWithTOTP } from "../../test/person";
import {
  useOidcServer,
  authorizationRequest,
  codeFlow,
  MAIL_SECRET,
  relyingParty,
  signInBrowser,
} from "../../test/oidc";

const PASSWORD = "correct horse battery staple";

describe.each(databaseKinds())(
  "Twofold as an OpenID Connect provider on %s (openid-client as the app)",
  (kind) => {
    const oidc = useOidcServer(kind);
    const issuer = oidc.issuer;

    async function person(tag: string) {
      const email = `oidc-${tag}-${Date.now()}@example.ch`;
      const on = await signUpWithTOTP(oidc.server.url, { email, password: PASSWORD });
      let step = 1;
      const code = () => otpAppCode(on.otpauthUri, new Date(Date.now() + 30_000 * step++));
      return { email, password: PASSWORD, code };
    }

    it("signs a person in with password and OTP code: code flow with PKCE, ID token with amr and acr, userinfo", async () => {
      const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
      const someone = await person("code");
      const browser = new CookieBrowser(issuer());
      const request = await authorizationRequest(mail);
      const signInPage = await browser.open(request.url.href);
      expect(signInPage.pathname).toBe("/sign-in");
      const uid = signInPage.searchParams.get("interaction");
      expect(uid).toMatch(/\w+/);

      expect(await signInBrowser(browser, someone)).toBe("authenticated");
      const back = await browser.open(`${issuer()}/oidc/interaction/${uid}`);
      expect(back.origin + back.pathname).toBe("http://mail.localhost:8080/callback");

      const tokens = await client.authorizationCodeGrant(mail, back, {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
      });
      const claims = tokens.claims();
      expect(claims?.amr).toEqual(["pwd", "otp", "mfa"]);
      expect(claims?.acr).toBe("urn:twofold:acr:mfa");
      const info = await client.fetchUserInfo(mail, tokens.access_token, claims?.sub ?? "");
      expect(info.email).toBe(someone.email);

      // Signed in already: the next request of this first-party app is answered by redirects alone.
      const again = await authorizationRequest(mail);
      const direct = await browser.open(again.url.href);
      expect(direct.origin).toBe("http://mail.localhost:8080");
      expect(direct.searchParams.get("code")).toBeTruthy();
    });

    it("signs in with a security key as the second step, then with a passkey alone (acr phr)", async () => {
      const mail = await relyingParty(issuer(), "mail", MAIL_SECRET);
      const email = `oidc-keys-${Date.now()}@example.ch`;
      const on = await signUpWithTOTP(oidc.server.url, { email, password: PASSWORD });
      const origin = issuer();
      const register = async (passkey: boolean) => {
        const creation = data<{ challenge: string; user: { id: string } }>(
          await call(
            oidc.server.url,
            "webauthn.beginRegistration",
            { label: passkey ? "Passkey" : "Key", passkey },
            { token: on.token },
          ),
        );
        const key = createSoftAuthenticator(passkey ? { userHandle: creation.user.id } : {});
        const response = key.register({ challenge: creation.challenge, origin, rpId: "localhost" });
        data(
          await call(
            oidc.server.url,
            "webauthn.finishRegistration",
            { response },
            { token: on.token },
          ),
        );
        return key;
      };
      const securityKey = await register(false);
      const passkey = await register(true);

      const withKey = new CookieBrowser(issuer());
      const keyed = await codeFlow(withKey, mail, {
        signIn: async () => {
          data(await withKey.call("auth.signIn", { email, password: PASSWORD }));
          const request = data<{ challenge: string }>(await withKey.call("auth.beginWebAuthn", {}));
          const response = securityKey.authenticate({
            challenge: request.challenge,
            origin,
            rpId: "localhost",
          });
          return data<{ status: string }>(await withKey.call("auth.finishWebAuthn", { response }))
            .status;
        },
      });
      expect(keyed.claims()?.amr).toEqual(["pwd", "hwk", "mfa"]);
      expect(keyed.claims()?.acr).toBe("phr");

      const withPasskey = new CookieBrowser(issuer());
      const passkeyed = await codeFlow(withPasskey, mail, {
        params: { acr_values: "phr" },
        signIn: async () => {
          const request = data<{ challenge: string }>(
            await withPasskey.call("auth.beginPasskeySignIn"),
          );
          const response = passkey.authenticate({
            challenge: request.challenge,
            origin,
            rpId: "localhost",
          });
          return data<{ status: string }>(
            await withPasskey.call("auth.finishPasskeySignIn", { response }),
          ).status;
        },
      });
      expect(passkeyed.claims()?.amr).toEqual(["hwk", "mfa"]);
      expect(passkeyed.claims()?.acr).toBe("phr");
    });
  },
);
