import { join } from "node:path";
import { problemOf, type ApiClient } from "@twofold/client";
import { describeEvent } from "@twofold/i18n";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTerminalClient } from "../lib/api-client";
import { TEXT } from "../lib/text";
import { LOG_FILTER_TEXT } from "../lib/text-log-filter";
import { createTokenStore } from "../lib/token-store";
import {
  chooseLine,
  KEY,
  openTerminal,
  signedUpTerminal,
  signInAsFirefox,
  waitForNotMeToken,
  type SignedUpTerminal,
  type Terminal,
  confirmedSignUp,
} from "../../test/test-utils";

// Time the test moves on (past the step-up window); three wrong codes in a row disable a method.
let offset = 0;
const clock = { now: (): Date => new Date(Date.now() + offset) };
const LIMITS = {
  maxFailures: 1000,
  lockMs: 60_000,
  delayAfter: 1000,
  disableAfter: 3,
  signInPerIp: 1000,
  signInWindowMs: 15 * 60_000,
};

let setup: SignedUpTerminal | undefined;
let stack: SignedUpTerminal["stack"];
let api: ApiClient;
let t: Terminal;
const email = `ada.${Date.now()}@example.ch`;
const password = "analytical engine 1843";

beforeAll(async () => {
  setup = await signedUpTerminal(
    { email, password, displayName: "Ada Lovelace" },
    { clock, config: { limits: LIMITS } },
  );
  ({ stack, api, terminal: t } = setup);
  await signInAsFirefox(stack.server.url, email, password);
  const e = await api.totp.beginEnrollment.mutate({ label: "Phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, clock.now()),
  });
  // More events than a page holds: the oldest ones come with the second page.
  for (let i = 0; i < 50; i += 1) await api.twoFactor.setPreferred.mutate({ kind: "totp" });
});
afterAll(() => setup?.close());

describe("the security log in the terminal", () => {
  it("shows each event as a sentence, with when, the browser and its system, and the address", async () => {
    await t.waitFor("Signed in as Ada Lovelace");
    await chooseLine(t, TEXT.settings.log);
    const sentence = describeEvent("en", {
      type: "preferred_factor_changed",
      detail: { kind: "totp" },
    });
    const frame = await t.waitFor(sentence);
    expect(frame).toMatch(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2} {2}\S/);
    expect(frame).toMatch(/Twofold terminal( on \w+)? · [\d.:a-f]+/);
    expect(frame).not.toMatch(/preferred_factor_changed|preferred factor changed/);
    expect(frame).toContain(TEXT.log.more);
    expect(frame).toContain(TEXT.keys.scroll);
  });

  it("loads older events when scrolling past the end, down to the first one", async () => {
    for (let i = 0; i < 20 && !t.frame().includes(TEXT.log.end); i += 1)
      await t.press(i % 2 ? " " : KEY.pageDown);
    const frame = await t.waitFor(TEXT.log.end);
    expect(frame).toContain(describeEvent("en", { type: "account_created", detail: {} }));
    expect(frame).toMatch(/Firefox on Linux · [\d.:a-f]+/);
    expect(frame).not.toContain("sign_in_succeeded");
    await t.press("k");
    await t.press(KEY.escape);
    await t.waitFor("Signed in as Ada Lovelace");
  });
});

describe("the security log's filter in the terminal", () => {
  it("narrows the log to one group after another with f, then shows every event again", async () => {
    await chooseLine(t, TEXT.settings.log);
    await t.waitFor(LOG_FILTER_TEXT.showing(LOG_FILTER_TEXT.all));
    await t.press("f");
    await t.waitFor(LOG_FILTER_TEXT.showing(LOG_FILTER_TEXT.kinds.sign_ins));
    await t.press("f");
    const methods = await t.waitFor(LOG_FILTER_TEXT.showing(LOG_FILTER_TEXT.kinds.methods));
    expect(methods).toContain(
      describeEvent("en", { type: "preferred_factor_changed", detail: { kind: "totp" } }),
    );
    for (let i = 0; i < 3; i += 1) await t.press("f");
    await t.waitFor(LOG_FILTER_TEXT.showing(LOG_FILTER_TEXT.kinds.apps));
    await t.waitFor(LOG_FILTER_TEXT.empty);
    await t.press("f");
    await t.press("f");
    await t.waitFor(LOG_FILTER_TEXT.showing(LOG_FILTER_TEXT.all));
    await t.press(KEY.escape);
    await t.waitFor("Signed in as Ada Lovelace");
  });
});

describe("a method turned off by wrong tries", () => {
  it("is named in the settings, and turned back on after the password", async () => {
    const guesser = await signInAsFirefox(stack.server.url, email, password);
    let reason = "";
    for (let i = 0; i < 5 && reason !== "FACTOR_DISABLED"; i += 1)
      reason = await guesser.auth.verifyTOTP.mutate({ code: "000000" }).then(
        () => "OK",
        (error: unknown) => problemOf(error).reason,
      );
    expect(reason).toBe("FACTOR_DISABLED");

    await chooseLine(t, TEXT.settings.log);
    await t.waitFor(TEXT.log.title);
    await t.press(KEY.escape); // the settings, read again
    await t.waitFor(TEXT.disabled.off(TEXT.disabled.names.totp));
    expect(t.frame()).toContain(TEXT.disabled.hint);

    offset = 6 * 60_000; // the sign-up is no longer recent: the server asks for the password
    await chooseLine(t, TEXT.disabled.turnOn(TEXT.disabled.names.totp));
    await t.waitFor("Confirm it is you");
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor(TEXT.disabled.done(TEXT.disabled.names.totp));
    expect((await api.twoFactor.status.query()).disabledMethods).toEqual([]);
    // The settings, read again, no longer name it.
    for (let i = 0; i < 50 && t.frame().includes(TEXT.disabled.hint); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.frame()).not.toContain(TEXT.disabled.turnOn(TEXT.disabled.names.totp));
  });
});

describe('after "this wasn\'t me"', () => {
  it("asks for a new password first, after the next sign-in", async () => {
    const grace = `grace.${Date.now()}@example.ch`;
    const first = "cobol compilers 1959";
    const config = join(stack.dir, "grace");
    const store = createTokenStore(config, stack.server.url);
    const graceApi = createTerminalClient(stack.server.url, store.get);
    store.set(
      await confirmedSignUp(graceApi, stack.mailOutbox, {
        email: grace,
        password: first,
        displayName: "Grace Hopper",
      }),
    );
    // A sign-in from a new browser is mailed about, with a "this wasn't me" link.
    await signInAsFirefox(stack.server.url, grace, first);
    const token = await waitForNotMeToken(stack.mailOutbox, grace);
    await graceApi.account.reportNotMe.mutate({ token });

    const g = openTerminal(stack.server.url, config);
    try {
      await g.waitFor("Welcome to Twofold"); // every session was ended
      await g.press(KEY.enter);
      await g.type(grace);
      await g.press(KEY.tab);
      await g.type(first);
      await g.press(KEY.enter);
      const frame = await g.waitFor(TEXT.changePassword.title);
      expect(frame).toContain(TEXT.passwordRequired[0]);
      expect(frame).toContain(TEXT.keys.formFirst);
      await g.press(KEY.escape); // not skipped
      expect(g.frame()).toContain(TEXT.passwordRequired[0]);

      const next = "cobol compilers 1960";
      await g.type(next);
      await g.press(KEY.tab);
      await g.type(next);
      await g.press(KEY.enter);
      await g.waitFor("Password changed:");
      await g.waitFor("Signed in as Grace Hopper");
      const now = createTerminalClient(stack.server.url, g.store.get);
      expect((await now.auth.me.query()).user.passwordChangeRequired).toBe(false);
    } finally {
      g.unmount();
    }
  });
});
