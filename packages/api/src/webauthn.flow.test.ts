import { TEST_PASSWORD, uniqueEmail, useTestEngine } from "@twofold/core/testing";
import { createSoftAuthenticator, databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../test/clients";
import { signUpThrough } from "../test/sign-up";

const ORIGIN = "http://localhost:5173";

describe.each(databaseKinds())("security keys through the API on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("a browser adds a passkey, signs in with password + key, then with the passkey alone, then not after removing it", async () => {
    const email = uniqueEmail();
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email, password: TEST_PASSWORD });
    const creation = await browser.caller.webauthn.beginRegistration({
      label: "Blue key",
      passkey: true,
    });
    expect(creation.authenticatorSelection?.residentKey).toBe("required");
    const key = createSoftAuthenticator({ userHandle: creation.user.id });
    const added = await browser.caller.webauthn.finishRegistration({
      response: key.register({ challenge: creation.challenge, origin: ORIGIN, rpId: "localhost" }),
    });
    expect(added.backupCodes).toHaveLength(10);
    expect((await browser.caller.twoFactor.status()).factors).toMatchObject([
      { id: added.id, kind: "webauthn", label: "Blue key", passkey: true },
    ]);
    await browser.caller.auth.signOut();

    expect(await browser.caller.auth.signIn({ email, password: TEST_PASSWORD })).toMatchObject({
      status: "second_factor_required",
      factors: ["webauthn", "backup_code"],
      preferred: "webauthn",
    });
    const request = await browser.caller.auth.beginWebAuthn();
    expect(
      await browser.caller.auth.finishWebAuthn({
        response: key.authenticate({
          challenge: request.challenge,
          origin: ORIGIN,
          rpId: "localhost",
        }),
      }),
    ).toEqual({ status: "authenticated" });
    await browser.caller.auth.signOut();

    const other = createClient(engine.twofold, "bearer");
    const passkey = await other.caller.auth.beginPasskeySignIn();
    const signedIn = await other.caller.auth.finishPasskeySignIn({
      response: key.authenticate({
        challenge: passkey.challenge,
        origin: ORIGIN,
        rpId: "localhost",
      }),
      tokenInBody: true,
    });
    expect(signedIn.token).toEqual(expect.any(String));
    other.token = signedIn.token ?? null;
    expect((await other.caller.auth.me()).user.email).toBe(email);

    await other.caller.webauthn.remove({ id: added.id });
    const again = await other.caller.auth.beginPasskeySignIn();
    expect(
      await reasonFrom(
        other.caller.auth.finishPasskeySignIn({
          response: key.authenticate({
            challenge: again.challenge,
            origin: ORIGIN,
            rpId: "localhost",
          }),
        }),
      ),
    ).toBe("CREDENTIAL_NOT_FOUND");
  });
});
