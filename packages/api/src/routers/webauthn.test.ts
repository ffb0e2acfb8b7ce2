import { useTestEngine } from "@twofold/core/testing";
import { createSoftAuthenticator, databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

const ORIGIN = "http://localhost:5173";

describe.each(databaseKinds())("the webauthn router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("registers a security key, renames it and removes it", async () => {
    const browser = await signedUpBrowser(engine);
    const creation = await browser.caller.webauthn.beginRegistration({ label: "Blue key" });
    const key = createSoftAuthenticator();
    const added = await browser.caller.webauthn.finishRegistration({
      response: key.register({ challenge: creation.challenge, origin: ORIGIN, rpId: "localhost" }),
    });
    expect(added.backupCodes).toHaveLength(10);
    expect(await browser.caller.webauthn.rename({ id: added.id, label: "Red key" })).toMatchObject({
      id: added.id,
      kind: "webauthn",
      label: "Red key",
      passkey: false,
    });
    expect(await browser.caller.webauthn.remove({ id: added.id })).toEqual({
      twoFactorEnabled: false,
    });
  });

  it("refuses a key made for another site (ORIGIN_NOT_ALLOWED)", async () => {
    const browser = await signedUpBrowser(engine);
    const creation = await browser.caller.webauthn.beginRegistration({ label: "Key" });
    const response = createSoftAuthenticator().register({
      challenge: creation.challenge,
      origin: "https://evil.example",
      rpId: "localhost",
    });
    expect(await reasonFrom(browser.caller.webauthn.finishRegistration({ response }))).toBe(
      "ORIGIN_NOT_ALLOWED",
    );
  });
});
