import { useTestEngine } from "@twofold/core/testing";
import { createSoftAuthenticator, databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

const ORIGIN = "http://localhost:5173";

describe.each(databaseKinds())("the security-key procedures of auth on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** A person whose first factor is a passkey. */
  async function withPasskey() {
    const browser = await signedUpBrowser(engine);
    const creation = await browser.caller.webauthn.beginRegistration({
      label: "Key",
      passkey: true,
    });
    const key = createSoftAuthenticator({ userHandle: creation.user.id });
    await browser.caller.webauthn.finishRegistration({
      response: key.register({ challenge: creation.challenge, origin: ORIGIN, rpId: "localhost" }),
    });
    return { email: browser.email, key };
  }

  it("finishes a pending sign-in with the key, and signs in with the passkey alone", async () => {
    const { email, key } = await withPasskey();
    const tui = await bearerSignIn(engine.twofold, email);
    const request = await tui.caller.auth.beginWebAuthn();
    const response = key.authenticate({
      challenge: request.challenge,
      origin: ORIGIN,
      rpId: "localhost",
    });
    const done = await tui.caller.auth.finishWebAuthn({ response });
    expect(done).toEqual({ status: "authenticated", token: done.token });
    expect(done.token).toEqual(expect.any(String));

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
    expect(signedIn).toEqual({ status: "authenticated", token: signedIn.token });
    expect(signedIn.token).toEqual(expect.any(String));
  });

  it("refuses an answer signed for another site (ORIGIN_NOT_ALLOWED)", async () => {
    const { email, key } = await withPasskey();
    const tui = await bearerSignIn(engine.twofold, email);
    const request = await tui.caller.auth.beginWebAuthn();
    const response = key.authenticate({
      challenge: request.challenge,
      origin: "https://evil.example",
      rpId: "localhost",
    });
    expect(await reasonFrom(tui.caller.auth.finishWebAuthn({ response }))).toBe(
      "ORIGIN_NOT_ALLOWED",
    );
  });
});
