import { createApiClient, problemOf, type ApiClient } from "@twofold/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../lib/text";
import {
  chooseLine,
  KEY,
  signedUpTerminal,
  signInAsFirefox,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

let setup: SignedUpTerminal | undefined;
let stack: SignedUpTerminal["stack"];
let api: ApiClient;
let t: Terminal;
const email = `alan.${Date.now()}@example.ch`;
const password = "imitation game 1950";

const reason = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => "OK",
    (error: unknown) => problemOf(error).reason,
  );

beforeAll(async () => {
  setup = await signedUpTerminal({ email, password, displayName: "Alan Turing" });
  ({ stack, api, terminal: t } = setup);
});
afterAll(() => setup?.close());

const choose = (line: string): Promise<void> => chooseLine(t, line);

describe("where you're signed in, browser sign-in and the password, in the terminal", () => {
  it("lists this terminal's session marked, and ends another one after asking", async () => {
    const firefox = await signInAsFirefox(stack.server.url, email, password);
    await firefox.auth.trustBrowser.mutate();
    await t.waitFor("Signed in as Alan Turing");
    await choose(TEXT.settings.sessions);
    const frame = await t.waitFor(/Twofold terminal( on \w+)? · [\d.:a-f]+ · this terminal/);
    expect(frame).toMatch(/Firefox on Linux · [\d.:a-f]+\n\s+signed in .* · last seen /);
    expect(frame).toContain(TEXT.keys.sessions);
    expect(frame).toMatch(
      /Trusted browsers[^\n]*\n[^\n]*Firefox on Linux · [\d.:a-f]+\n\s+trusted /,
    );

    await choose("Firefox on Linux");
    await t.waitFor(TEXT.sessions.endConfirm("Firefox on Linux"));
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor(TEXT.sessions.ended);
    expect(await reason(firefox.auth.me.query())).toBe("UNAUTHENTICATED");
    expect(t.frame()).toContain("this terminal");
  });

  it("stops trusting a browser, and ends all other sessions", async () => {
    await t.press(KEY.tab);
    await t.waitFor(TEXT.keys.trusted);
    await t.waitFor("› Firefox on Linux");
    await t.press(KEY.enter);
    await t.waitFor(TEXT.sessions.revokeConfirm("Firefox on Linux"));
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Firefox on Linux is no longer trusted.");
    await t.waitFor(TEXT.sessions.noTrusted);
    expect(await api.trustedBrowsers.list.query()).toEqual([]);

    const others = [
      await signInAsFirefox(stack.server.url, email, password),
      await signInAsFirefox(stack.server.url, email, password),
    ];
    await t.press("o");
    await t.waitFor(TEXT.sessions.endOthersConfirm);
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("2 other sessions were ended.");
    for (const other of others) expect(await reason(other.auth.me.query())).toBe("UNAUTHENTICATED");
    await t.press("o");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("There was no other session to end.");
    await t.press(KEY.escape);
    await t.waitFor("Signed in as Alan Turing");
  });

  it("switches browsers to authenticate at each launch, from the next sign-in", async () => {
    await choose("Browser sign-in: stay signed in");
    const frame = await t.waitFor("› Stay signed in (now)");
    expect(frame).toContain(TEXT.browserPolicy.session_onlyNote);
    await t.press("k");
    await t.press(KEY.enter);
    await t.waitFor("Authenticate at each browser launch: it applies from your next sign-in.");
    await t.waitFor("Browser sign-in: authenticate at each launch");
    expect(await api.account.browserPolicy.query()).toEqual({ policy: "session_only" });
    // The next sign-in elsewhere is not remembered.
    await signInAsFirefox(stack.server.url, email, password);
    const sessions = await api.sessions.list.query();
    expect(sessions.find((s) => !s.current)?.persistent).toBe(false);
  });

  it("changes the password (typed twice), and says how many app passwords and sessions ended", async () => {
    for (const name of ["Mail at home", "Calendar"]) {
      await api.appPasswords.create.mutate({ name, scopes: ["mail"] });
    }
    await choose(TEXT.settings.changePassword);
    await t.waitFor("New password (at least 10 characters):");
    await t.type("first try at this");
    await t.press(KEY.tab);
    await t.type("first try at that");
    await t.press(KEY.enter);
    await t.waitFor(TEXT.changePassword.differ);
    await t.type("short");
    await t.press(KEY.tab);
    await t.type("short");
    await t.press(KEY.enter);
    await t.waitFor("Choose a longer password");
    await t.type("morphogenesis 1952");
    await t.press(KEY.tab);
    await t.type("morphogenesis 1952");
    await t.press(KEY.enter);
    await t.waitFor("Password changed: 2 application passwords revoked, 1 other session ended.");
    expect(await api.appPasswords.list.query()).toEqual([]);
    const again = await createApiClient({ url: `${stack.server.url}/trpc` }).auth.signIn.mutate({
      email,
      password: "morphogenesis 1952",
      tokenInBody: true,
    });
    expect(again.status).toBe("authenticated");
  });

  it("ends this terminal's own session: back to the welcome screen, the token forgotten", async () => {
    await choose(TEXT.settings.sessions);
    await choose("Twofold terminal");
    await t.waitFor(TEXT.sessions.endThisConfirm);
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Welcome to Twofold");
    expect(t.store.get()).toBeNull();
  });
});
