import { TEST_PASSWORD, uniqueEmail, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom, signedUpBrowser } from "../../test/clients";

describe.each(databaseKinds())("the auth router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("signs up, says who is signed in, signs out, and signs in with the password", async () => {
    const email = uniqueEmail();
    const browser = createClient(engine.twofold, "cookie");
    expect(await browser.caller.auth.signUp({ email, password: TEST_PASSWORD })).toEqual({
      status: "authenticated",
    });
    expect(await browser.caller.auth.me()).toMatchObject({
      user: { email },
      session: { state: "active" },
      twoFactorEnabled: false,
      secondFactor: null,
    });
    expect(await browser.caller.auth.signOut()).toEqual({});
    expect(browser.token).toBeNull();
    expect(await browser.caller.auth.signIn({ email, password: TEST_PASSWORD })).toEqual({
      status: "authenticated",
    });
  });

  it("refuses a wrong password (INVALID_CREDENTIALS) and an address taken (EMAIL_TAKEN)", async () => {
    const { email } = await signedUpBrowser(engine.twofold);
    const other = createClient(engine.twofold, "cookie");
    expect(
      await reasonFrom(other.caller.auth.signIn({ email, password: `${TEST_PASSWORD}!` })),
    ).toBe("INVALID_CREDENTIALS");
    expect(await reasonFrom(other.caller.auth.signUp({ email, password: TEST_PASSWORD }))).toBe(
      "EMAIL_TAKEN",
    );
  });
});
