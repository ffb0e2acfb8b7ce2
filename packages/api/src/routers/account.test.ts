import { TEST_PASSWORD, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

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

  it("refuses a wrong password at re-authentication (INVALID_CREDENTIALS)", async () => {
    const browser = await signedUpBrowser(engine);
    expect(
      await reasonFrom(browser.caller.account.reauthenticate({ password: `${TEST_PASSWORD}!` })),
    ).toBe("INVALID_CREDENTIALS");
  });
});
