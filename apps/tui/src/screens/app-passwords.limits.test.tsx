import { REASON_TEXT } from "@twofold/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../lib/text";
import {
  chooseLine,
  KEY,
  signedUpTerminal,
  wrapped,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

let setup: SignedUpTerminal | undefined;
let api: SignedUpTerminal["api"];
let t: Terminal;

// Small limits, so that reaching them takes a few requests: one live, two made per hour.
beforeAll(async () => {
  setup = await signedUpTerminal(
    {
      email: `katherine.${Date.now()}@example.ch`,
      password: "trajectory 1962 orbit",
      displayName: "Katherine Johnson",
    },
    { config: { appPasswords: { maxLive: 1, perHour: 2 } } },
  );
  ({ api, terminal: t } = setup);
});
afterAll(() => setup?.close());

/** Goes through the form to the last step and picks "Never": the server is asked then. */
async function tryToCreate(name: string): Promise<void> {
  await t.waitFor(TEXT.keys.appPasswords);
  await t.press("n");
  await t.waitFor("Name:");
  await t.type(name);
  await t.press(KEY.enter);
  await t.waitFor("[ ] Mail");
  await t.press(" ");
  await t.press(KEY.enter);
  await t.waitFor("› Never (until you revoke it)");
  await t.press(KEY.enter);
}

describe("application passwords refused by the account's limits, in the terminal", () => {
  it("says in words that the account has as many as it can have, and adds none", async () => {
    const made = await api.appPasswords.create.mutate({ name: "Desk", scopes: ["mail"] });
    await t.waitFor("Signed in as Katherine Johnson");
    await chooseLine(t, TEXT.settings.appPasswords);
    await tryToCreate("Phone");
    await t.waitFor(wrapped(REASON_TEXT.en.TOO_MANY_APP_PASSWORDS));
    expect((await api.appPasswords.list.query()).map((p) => p.id)).toEqual([made.id]);
    await api.appPasswords.revoke.mutate({ id: made.id });
    // Back from the form's last step, one step at a time, to the list.
    await t.press(KEY.escape);
    await t.waitFor("[x] Mail");
    await t.press(KEY.escape);
    await t.waitFor("Name:");
    await t.press(KEY.escape);
  });

  it("says to wait, and until when, once the hour's creations are spent", async () => {
    const second = await api.appPasswords.create.mutate({ name: "Laptop", scopes: ["mail"] });
    await api.appPasswords.revoke.mutate({ id: second.id });
    await t.waitFor(TEXT.appPasswords.none);
    await tryToCreate("Tablet");
    await t.waitFor(wrapped(REASON_TEXT.en.RATE_LIMITED));
    // The time alone, or with its day when the hour's end is past midnight.
    expect(t.frame()).toMatch(/Try again after ([^.]+, )?\d\d:\d\d\./);
    expect(await api.appPasswords.list.query()).toEqual([]);
  });
});
