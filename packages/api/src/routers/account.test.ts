import { TEST_PASSWORD, uniqueEmail, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { signedUpBrowser, signUpThrough } from "../../test/sign-up";

describe.each(databaseKinds())("the account router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("sets the language, re-authenticates with the password, and sets the browser policy", async () => {
    const browser = await signedUpBrowser(engine);
    expect(await browser.caller.account.setLocale({ locale: "de" })).toEqual({ locale: "de" });
    const { until } = await browser.caller.account.reauthenticate({ password: TEST_PASSWORD });
    expect(new Date(until).getTime()).toBeGreaterThan(engine.clock.now().getTime());
    expect(await browser.caller.account.setBrowserPolicy({ policy: "session_only" })).toEqual({
      policy: "session_only",
      appliesFrom: "next_sign_in",
    });
    expect(await browser.caller.account.browserPolicy()).toEqual({ policy: "session_only" });
  });

  it("keeps the time zone the browser reports; a zone no one has is INVALID_INPUT", async () => {
    const browser = await signedUpBrowser(engine);
    expect((await browser.caller.auth.me()).user.timeZone).toBeNull();
    expect(await browser.caller.account.setTimeZone({ timeZone: "europe/zurich" })).toEqual({
      timeZone: "Europe/Zurich",
    });
    expect((await browser.caller.auth.me()).user.timeZone).toBe("Europe/Zurich");
    for (const timeZone of ["Mars/Olympus", "+01:00", "", "x".repeat(65)])
      expect(await reasonFrom(browser.caller.account.setTimeZone({ timeZone }))).toBe(
        "INVALID_INPUT",
      );
    expect((await browser.caller.auth.me()).user.timeZone).toBe("Europe/Zurich");
  });

  it("takes the zone at sign-up, and ignores one no one has", async () => {
    const zurich = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, zurich, { email: uniqueEmail(), timeZone: "Europe/Zurich" });
    expect((await zurich.caller.auth.me()).user.timeZone).toBe("Europe/Zurich");
    const nowhere = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, nowhere, { email: uniqueEmail(), timeZone: "Nowhere/Land" });
    expect((await nowhere.caller.auth.me()).user.timeZone).toBeNull();
  });

  it("refuses a wrong password at re-authentication (INVALID_CREDENTIALS)", async () => {
    const browser = await signedUpBrowser(engine);
    expect(
      await reasonFrom(browser.caller.account.reauthenticate({ password: `${TEST_PASSWORD}!` })),
    ).toBe("INVALID_CREDENTIALS");
  });
});
