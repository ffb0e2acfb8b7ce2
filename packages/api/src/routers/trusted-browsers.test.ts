import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("the trustedBrowsers router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("lists a browser trusted after signing in, and revokes it", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "cookie", person.session.token);
    await browser.caller.auth.trustBrowser();
    const [listed, ...more] = await browser.caller.trustedBrowsers.list();
    expect(more).toEqual([]);
    expect(listed?.id).toEqual(expect.any(String));
    expect(listed?.expiresAt).toEqual(expect.any(String));
    expect(await browser.caller.trustedBrowsers.revoke({ id: listed?.id ?? "" })).toEqual({
      id: listed?.id,
    });
    expect(await browser.caller.trustedBrowsers.list()).toEqual([]);
  });

  it("refuses to revoke another account's browser (TRUSTED_BROWSER_NOT_FOUND)", async () => {
    const owner = await personWithTOTP(engine);
    const ownerBrowser = createClient(engine.twofold, "cookie", owner.session.token);
    await ownerBrowser.caller.auth.trustBrowser();
    const [theirs] = await ownerBrowser.caller.trustedBrowsers.list();
    const intruder = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "cookie", intruder.session.token);
    expect(await reasonFrom(browser.caller.trustedBrowsers.revoke({ id: theirs?.id ?? "" }))).toBe(
      "TRUSTED_BROWSER_NOT_FOUND",
    );
  });
});
