import { TEST_PASSWORD, uniqueEmail, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../test/clients";
import { signUpThrough } from "../test/sign-up";

const DAY = 24 * 3600;

describe.each(databaseKinds())("the browser policy through the API on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("gives a 30-day cookie, or, with 'authenticate at each browser launch', a session cookie", async () => {
    const email = uniqueEmail();
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email, password: TEST_PASSWORD });
    expect(await browser.caller.account.browserPolicy()).toEqual({ policy: "remember" });

    // "Keep me signed in" unticked: a session cookie whatever the policy.
    await browser.caller.auth.signIn({ email, password: TEST_PASSWORD, remember: false });
    expect(browser.cookies.at(-1)).toMatchObject({ persistent: false });
    await browser.caller.auth.signIn({ email, password: TEST_PASSWORD, remember: true });
    expect(browser.cookies.at(-1)).toMatchObject({ persistent: true });
    expect(browser.cookies.at(-1)?.maxAge).toBeGreaterThanOrEqual(30 * DAY);

    expect(await browser.caller.account.setBrowserPolicy({ policy: "session_only" })).toEqual({
      policy: "session_only",
      appliesFrom: "next_sign_in",
    });
    // The session open now is left as it was; the next sign-in follows the policy.
    expect((await browser.caller.auth.me()).session.persistent).toBe(true);
    await browser.caller.auth.signIn({ email, password: TEST_PASSWORD, remember: true });
    expect(browser.cookies.at(-1)).toMatchObject({ persistent: false });
    expect((await browser.caller.auth.me()).session.persistent).toBe(false);
  });

  it("needs a recent password to change it", async () => {
    const browser = createClient(engine.twofold, "cookie");
    await signUpThrough(engine, browser, { email: uniqueEmail(), password: TEST_PASSWORD });
    engine.clock.advanceSeconds(6 * 60);
    expect(
      await reasonFrom(browser.caller.account.setBrowserPolicy({ policy: "session_only" })),
    ).toBe("REAUTH_REQUIRED");
    await browser.caller.account.reauthenticate({ password: TEST_PASSWORD });
    expect(await browser.caller.account.setBrowserPolicy({ policy: "session_only" })).toMatchObject(
      {
        policy: "session_only",
      },
    );
  });
});
