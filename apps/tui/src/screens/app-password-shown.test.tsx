import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_TEXT } from "../lib/text-cli";
import { TEXT } from "../lib/text";
import { SYNC_TEXT } from "../lib/text-sync";
import {
  chooseLine,
  KEY,
  signedUpTerminal,
  type SignedUpTerminal,
  type Terminal,
} from "../../test/test-utils";

let setup: SignedUpTerminal | undefined;
let t: Terminal;
const PASSWORD_SHAPE = /([a-z]{4}-){6}[a-z]{4}/;
const ONCE = CLI_TEXT.en.shownOnce;

beforeAll(async () => {
  setup = await signedUpTerminal(
    {
      email: `katherine.${Date.now()}@example.ch`,
      password: "orbital mechanics 1962",
      displayName: "Katherine Johnson",
    },
    // The operator's servers: shown with a password of their scope.
    {
      config: {
        syncServers: {
          imap: { host: "imap.example.ch", port: 993, security: "tls", url: null },
          smtp: { host: "smtp.example.ch", port: 587, security: "starttls", url: null },
          caldav: {
            host: "dav.example.ch",
            port: 443,
            security: "tls",
            url: "https://dav.example.ch/calendars/",
          },
        },
      },
    },
  );
  t = setup.terminal;
});
afterAll(() => setup?.close());

describe("a new application password, shown once", () => {
  it("does not leave on q or Esc without asking; y on Esc leaves, n stays", async () => {
    await t.waitFor("Signed in as Katherine Johnson");
    await chooseLine(t, TEXT.settings.appPasswords);
    await t.waitFor(TEXT.appPasswords.none);
    await t.press("n");
    await t.waitFor("Name:");
    await t.type("Mail on the laptop");
    await t.press(KEY.enter);
    await t.waitFor("[ ] Mail");
    await t.press(" ");
    await t.press(KEY.enter);
    await t.waitFor("When does it stop working?");
    await t.press(KEY.enter);
    const shown = await t.waitFor(PASSWORD_SHAPE);
    const password = PASSWORD_SHAPE.exec(shown)?.[0] ?? "";
    expect(shown).toContain(ONCE.keysPassword);
    // Where to use it: the mail servers, not the calendar's (a mail-only password).
    const where = await t.waitFor("smtp.example.ch");
    expect(where).toContain(SYNC_TEXT.title);
    expect(where).toContain("Incoming mail (IMAP): imap.example.ch, port 993, SSL/TLS");
    expect(where).toContain("Outgoing mail (SMTP): smtp.example.ch, port 587, STARTTLS");
    expect(where).not.toContain("dav.example.ch");

    await t.press("q");
    await t.waitFor(ONCE.quitPassword);
    await t.press("n");
    expect(await t.waitFor(ONCE.keysPassword)).toContain(password);

    await t.press(KEY.escape);
    await t.waitFor(ONCE.leavePassword);
    // Keys of the screen are off while it asks: s does not open the file name.
    await t.press("s");
    expect(t.frame()).not.toContain("File name:");
    await t.press("y");
    const list = await t.waitFor(TEXT.newAppPassword.added("Mail on the laptop"));
    expect(list).not.toContain(password);
  });
});
