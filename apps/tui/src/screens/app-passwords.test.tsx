import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { day, TEXT } from "../lib/text";
import {
  chooseLine,
  KEY,
  signedUpTerminal,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

let setup: SignedUpTerminal | undefined;
let stack: SignedUpTerminal["stack"];
let api: SignedUpTerminal["api"];
let t: Terminal;
const email = `grace.${Date.now()}@example.ch`;
const PASSWORD_SHAPE = /([a-z]{4}-){6}[a-z]{4}/;

beforeAll(async () => {
  setup = await signedUpTerminal({
    email,
    password: "compiler pioneer 1952",
    displayName: "Grace Hopper",
  });
  ({ stack, api, terminal: t } = setup);
});
afterAll(() => setup?.close());

const choose = (line: string): Promise<void> => chooseLine(t, line);

describe("application passwords in the terminal", () => {
  it("says why, and that there is none yet", async () => {
    await t.waitFor("Signed in as Grace Hopper");
    await choose(TEXT.settings.appPasswords);
    const frame = await t.waitFor(TEXT.appPasswords.none);
    expect(frame).toContain(TEXT.appPasswords.why[0]);
    expect(frame).toContain(TEXT.keys.appPasswords);
  });

  it("creates one (name, mail and calendars, 30 days), shows it once with how to use it, saves it to a 0600 file", async () => {
    await t.press("n");
    await t.waitFor("Name:");
    await t.press(KEY.enter);
    await t.waitFor(TEXT.newAppPassword.nameMissing);
    await t.type("Thunderbird at home");
    await t.press(KEY.enter);
    await t.waitFor("[ ] Mail  IMAP, POP3 and SMTP");
    await t.press(KEY.enter);
    await t.waitFor(TEXT.newAppPassword.scopesMissing);
    await t.press(" ");
    await t.press("j");
    await t.press(" ");
    const scopes = await t.waitFor("[x] Calendars and contacts");
    expect(scopes).toContain("[x] Mail");
    expect(scopes).toContain("[ ] Files  WebDAV");
    await t.press(KEY.enter);
    await t.waitFor("When does it stop working?");
    await t.press("j");
    await t.press(KEY.enter);

    const frame = await t.waitFor(PASSWORD_SHAPE);
    const password = PASSWORD_SHAPE.exec(frame)?.[0] ?? "";
    expect(frame).toContain(`User name: ${email}`);
    expect(frame).toContain("instead of your own password");
    expect(frame).toContain("It will not be shown again");
    expect(frame).toContain("Thunderbird at home · Mail, Calendars and contacts · expires");

    await t.press("s");
    await t.waitFor("File name:");
    const file = join(stack.dir, "thunderbird.txt");
    await t.erase(80);
    await t.type(file);
    await t.press(KEY.enter);
    await t.waitFor(`Saved to ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toContain(`User name: ${email}\nPassword: ${password}\n`);

    // Enter: the password is gone from the screen, the list shows it, never used.
    await t.press(KEY.enter);
    const list = await t.waitFor("Thunderbird at home was added.");
    expect(list).not.toMatch(PASSWORD_SHAPE);
    const listed = await t.waitFor("Thunderbird at home · Mail, Calendars and contacts");
    const [made] = await api.appPasswords.list.query();
    expect(made?.scopes).toEqual(["mail", "calendar"]);
    const days = (Date.parse(made?.expiresAt ?? "") - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    expect(listed).toContain(
      `created ${day(made?.createdAt ?? "")} · expires ${day(made?.expiresAt ?? "")} · never used`,
    );
  });

  it("chooses every scope with a and no expiry, then revokes one after asking", async () => {
    await t.press("n");
    await t.waitFor("Name:");
    await t.type("Phone calendar");
    await t.press(KEY.enter);
    await t.waitFor("[ ] Mail");
    await t.press("a");
    await t.waitFor("[x] Files");
    await t.press(KEY.enter);
    await t.waitFor("› Never (until you revoke it)");
    await t.press(KEY.enter);
    await t.waitFor("Phone calendar · Mail, Calendars and contacts, Files · no expiry");
    await t.press(KEY.enter);
    await t.waitFor("Phone calendar was added.");

    await choose("Thunderbird at home");
    await t.waitFor(TEXT.appPasswords.revokeConfirm("Thunderbird at home"));
    await t.press("j");
    await t.press(KEY.enter);
    const frame = await t.waitFor("Thunderbird at home was revoked.");
    expect(frame).toContain("Phone calendar · Mail, Calendars and contacts, Files");
    expect(await api.appPasswords.list.query()).toHaveLength(1);
  });

  it("revokes all after asking", async () => {
    await t.press("a");
    await t.waitFor(TEXT.appPasswords.revokeAllConfirm(1));
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("1 application password was revoked.");
    await t.waitFor(TEXT.appPasswords.none);
    expect(await api.appPasswords.list.query()).toEqual([]);
    await t.press(KEY.escape);
    await t.waitFor("Signed in as Grace Hopper");
  });
});
