import { join } from "node:path";
import { describeEvent, REASON_TEXT } from "@twofold/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTerminalClient } from "../lib/api-client";
import { TEXTS } from "../lib/text";
import { KEY, openTerminal, startTestServer, waitForSignUpCode } from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const email = `lotte.${Date.now()}@example.ch`;
const password = "lochkarten und relais 1941";

beforeAll(async () => {
  stack = await startTestServer();
});
afterAll(async () => {
  await stack?.close();
});

describe("the terminal in the person's language", () => {
  it("speaks German under LANG=de_CH, and an account made from it gets German", async () => {
    const de = TEXTS.de;
    const t = openTerminal(stack.server.url, join(stack.dir, "de"), { LANG: "de_CH.UTF-8" });
    await t.waitFor(de.welcome.title);
    expect(t.frame()).toContain(de.keys.top);
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor(de.signUp.title);
    await t.type("Lotte Kühn");
    await t.press(KEY.tab);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor(de.verifyEmail.title);
    expect(t.frame()).toContain(de.verifyEmail.keys);
    await t.type(await waitForSignUpCode(stack.mailOutbox, email));
    await t.press(KEY.enter);
    await t.waitFor(de.settings.signedInAs("Lotte Kühn"));
    expect(t.frame()).toContain(de.settings.off.slice(0, 30));

    const api = createTerminalClient(stack.server.url, t.store.get);
    expect((await api.auth.me.query()).user.locale).toBe("de");
    t.unmount();
  });

  it("speaks French under LANG=fr_CH, then the account's German once signed in, and French again after signing out", async () => {
    const fr = TEXTS.fr;
    const de = TEXTS.de;
    const t = openTerminal(stack.server.url, join(stack.dir, "fr"), { LANG: "fr_CH.UTF-8" });
    await t.waitFor(fr.welcome.title);
    expect(t.frame()).toContain(fr.welcome.signUp);
    await t.press(KEY.enter);
    await t.waitFor(fr.signIn.password);
    expect(t.frame()).toContain(fr.keys.form);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type("pas le mot de passe");
    await t.press(KEY.enter);
    // The reason sentence is the web's, in the screen's language.
    await t.waitFor(REASON_TEXT.fr.INVALID_CREDENTIALS);
    await t.type(password);
    await t.press(KEY.enter);

    const settings = await t.waitFor(de.settings.signedInAs("Lotte Kühn"));
    expect(settings).toContain(`${de.title} · ${de.settings.title}`);
    expect(settings).toContain(de.settings.addOTP);
    expect(settings).toContain(de.keys.top);
    expect(settings).not.toContain(fr.settings.addOTP);

    // The security log: the shared sentences, and dates written the Swiss German way.
    for (let i = 0; i < 30 && !t.frame().includes(`› ${de.settings.log}`); i += 1)
      await t.press(KEY.down);
    await t.press(KEY.enter);
    const log = await t.waitFor(describeEvent("de", { type: "account_created", detail: {} }));
    expect(log).toMatch(/\b\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\b/);
    expect(log).toContain(de.keys.scroll);
    await t.press(KEY.escape);

    await t.waitFor(de.settings.signedInAs("Lotte Kühn"));
    for (let i = 0; i < 30 && !t.frame().includes(`› ${de.settings.signOut}`); i += 1)
      await t.press(KEY.down);
    await t.press(KEY.enter);
    await t.waitFor(fr.welcome.title);
    expect(t.frame()).toContain(fr.keys.top);
    t.unmount();
  });
});
