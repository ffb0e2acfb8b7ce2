import { TEST_PASSWORD, uniqueEmail, useTestEngine, verificationMail } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { personSignedInWithTOTP } from "../../test/sign-in";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the auth router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("signs up, confirms the address with the mailed code, says who is signed in, signs out and in", async () => {
    const email = uniqueEmail();
    const browser = createClient(engine.twofold, "cookie");
    expect(await browser.caller.auth.signUp({ email, password: TEST_PASSWORD })).toEqual({
      status: "verification_required",
    });
    expect(browser.token).toBeNull();
    const { code } = await verificationMail(engine, email);
    expect(await browser.caller.auth.verifyEmail({ email, code })).toEqual({
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

  it("answers a taken address as a free one, and a wrong password with INVALID_CREDENTIALS", async () => {
    const { email } = await signedUpBrowser(engine);
    const other = createClient(engine.twofold, "cookie");
    expect(
      await reasonFrom(other.caller.auth.signIn({ email, password: `${TEST_PASSWORD}!` })),
    ).toBe("INVALID_CREDENTIALS");
    expect(await other.caller.auth.signUp({ email, password: TEST_PASSWORD })).toEqual({
      status: "verification_required",
    });
    expect(
      await other.caller.auth.signUp({ email: uniqueEmail("free"), password: TEST_PASSWORD }),
    ).toEqual({ status: "verification_required" });
    expect(other.token).toBeNull();
  });

  it("gives a bearer client its token in the body, and opens nothing for a wrong code or an unconfirmed sign-in", async () => {
    const email = uniqueEmail("tui");
    const tui = createClient(engine.twofold, "bearer");
    await tui.caller.auth.signUp({ email, password: TEST_PASSWORD, tokenInBody: true });
    expect(
      await tui.caller.auth.signIn({ email, password: TEST_PASSWORD, tokenInBody: true }),
    ).toEqual({ status: "verification_required" });
    const { code } = await verificationMail(engine, email);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await reasonFrom(tui.caller.auth.verifyEmail({ email, code: wrong }))).toBe(
      "INVALID_CODE",
    );
    expect(
      await reasonFrom(tui.caller.auth.verifyEmail({ email: uniqueEmail("nobody"), code })),
    ).toBe("INVALID_CODE");
    const done = await tui.caller.auth.verifyEmail({ email, code, tokenInBody: true });
    expect(done.status).toBe("authenticated");
    expect(done.token).toMatch(/./);
    expect(tui.cookies).toEqual([]);
  });

  it("asks a trusted browser for its second factor with secondStep: 'always', and not without", async () => {
    const { person, client: browser } = await personSignedInWithTOTP(engine, "cookie");
    await browser.caller.auth.trustBrowser();
    const trusted = browser.trustedBrowser;
    expect(trusted).toEqual(expect.any(String));
    await browser.caller.auth.signOut();

    const credentials = { email: person.email, password: TEST_PASSWORD };
    expect(
      await browser.caller.auth.signIn({ ...credentials, secondStep: "always" }),
    ).toMatchObject({ status: "second_factor_required", factors: ["totp", "backup_code"] });
    // The cookie was not used up: it still spares the second step of an ordinary sign-in.
    expect(browser.trustedBrowser).toBe(trusted);
    await browser.caller.auth.signOut();
    expect(await browser.caller.auth.signIn(credentials)).toEqual({ status: "authenticated" });
  });
});
