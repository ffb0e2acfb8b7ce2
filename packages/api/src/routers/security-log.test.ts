import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the securityLog router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("lists the account's events, newest first", async () => {
    const browser = await signedUpBrowser(engine);
    await browser.caller.account.setLocale({ locale: "fr" });
    const { events, nextCursor } = await browser.caller.securityLog.list();
    expect(events.map((e) => e.type)).toEqual([
      "locale_changed",
      "email_verified",
      "account_created",
    ]);
    expect(nextCursor).toBeNull();
  });

  it("shows nothing without a session (UNAUTHENTICATED)", async () => {
    const nobody = createClient(engine.twofold, "cookie");
    expect(await reasonFrom(nobody.caller.securityLog.list())).toBe("UNAUTHENTICATED");
  });
});
