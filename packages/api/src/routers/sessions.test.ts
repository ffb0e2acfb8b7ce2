import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the sessions router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("lists the account's sessions, this one marked, and ends another", async () => {
    const browser = await signedUpBrowser(engine);
    const other = await bearerSignIn(engine.twofold, browser.email);
    const sessions = await browser.caller.sessions.list();
    expect(sessions).toHaveLength(2);
    const current = sessions.filter((s) => s.current);
    expect(current).toHaveLength(1);
    const otherId = sessions.find((s) => !s.current)?.id ?? "";
    expect(await browser.caller.sessions.revoke({ id: otherId })).toEqual({
      ended: 1,
      signedOut: false,
    });
    expect(await reasonFrom(other.caller.auth.me())).toBe("UNAUTHENTICATED");
  });

  it("refuses to end a session that is not the account's (SESSION_NOT_FOUND)", async () => {
    const browser = await signedUpBrowser(engine);
    const stranger = await signedUpBrowser(engine);
    const [theirs] = await stranger.caller.sessions.list();
    expect(await reasonFrom(browser.caller.sessions.revoke({ id: theirs?.id ?? "" }))).toBe(
      "SESSION_NOT_FOUND",
    );
  });
});
