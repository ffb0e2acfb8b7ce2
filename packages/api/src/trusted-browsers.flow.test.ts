import { TEST_PASSWORD, useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../test/clients";
import { personSignedInWithTOTP } from "../test/sign-in";

describe.each(databaseKinds())("trusted browsers through the API on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("skips the second factor on a trusted browser for 30 days, with a new cookie each time", async () => {
    const { person, client: browser } = await personSignedInWithTOTP(engine, "cookie");
    await browser.caller.auth.trustBrowser();
    const first = browser.trustedBrowser;
    expect(first).toEqual(expect.any(String));
    await browser.caller.auth.signOut();

    expect(
      await browser.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD }),
    ).toEqual({
      status: "authenticated",
    });
    expect(browser.trustedBrowser).not.toBe(first);
    // The cookie it replaced no longer spares anything (a copy is worth one use at most).
    const copy = createClient(engine.twofold, "cookie");
    copy.trustedBrowser = first;
    expect(
      await copy.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD }),
    ).toMatchObject({
      status: "second_factor_required",
    });
    // Another browser is asked for the second factor.
    const other = createClient(engine.twofold, "cookie");
    expect(
      await other.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD }),
    ).toMatchObject({
      status: "second_factor_required",
    });
    // The password is still needed.
    expect(
      await reasonFrom(
        browser.caller.auth.signIn({ email: person.email, password: "wrong password!" }),
      ),
    ).toBe("INVALID_CREDENTIALS");

    engine.clock.advanceSeconds(31 * 24 * 3600);
    const later = createClient(engine.twofold, "cookie");
    later.trustedBrowser = browser.trustedBrowser;
    expect(
      await later.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD }),
    ).toMatchObject({
      status: "second_factor_required",
    });
  });

  it("is listed, revoked, and forgotten when the factors change", async () => {
    const { person, client: browser } = await personSignedInWithTOTP(engine, "cookie");
    await browser.caller.auth.trustBrowser();
    const [listed] = await browser.caller.trustedBrowsers.list();
    expect(listed).toMatchObject({ browser: null, ip: "203.0.113.7" });
    await browser.caller.trustedBrowsers.revoke({ id: listed?.id ?? "" });
    expect(await browser.caller.trustedBrowsers.list()).toEqual([]);

    await browser.caller.auth.trustBrowser();
    expect(await browser.caller.trustedBrowsers.list()).toHaveLength(1);
    const enrollment = await browser.caller.totp.beginEnrollment({ label: "Second app" });
    await browser.caller.totp.confirmEnrollment({
      enrollmentId: enrollment.enrollmentId,
      code: otpAppCode(enrollment.otpauthUri, engine.clock.now()),
    });
    expect(await browser.caller.trustedBrowsers.list()).toEqual([]);
    await browser.caller.auth.signOut();
    expect(
      await browser.caller.auth.signIn({ email: person.email, password: TEST_PASSWORD }),
    ).toMatchObject({
      status: "second_factor_required",
    });
  });
});
