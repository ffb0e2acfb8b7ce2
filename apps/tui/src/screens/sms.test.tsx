import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { REASON_TEXT } from "@twofold/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../lib/text";
import { createTokenStore } from "../lib/token-store";
import {
  KEY,
  openTerminal,
  readSMSOutbox,
  startTestServer,
  waitForSMSCode,
  type Terminal,
  chooseLine,
  wrapped,
  confirmedSignUp,
} from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
let config: string;
let t: Terminal;
const email = `hedy.${Date.now()}@example.ch`;
const password = "frequency hopping 1942";
const SWISS = "+41 79 *** ** 67";
let french = "";

/** Signed up through the API, with the session where the TUI keeps it, and no method yet. */
beforeAll(async () => {
  stack = await startTestServer();
  config = join(stack.dir, "config");
  const store = createTokenStore(config, stack.server.url);
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
  const up = await confirmedSignUp(api, stack.mailOutbox, {
    email,
    password,
    displayName: "Hedy Lamarr",
  });
  store.set(up);
  t = openTerminal(stack.server.url, config);
});
afterAll(async () => {
  t?.unmount();
  await stack?.close();
});

const choose = (line: string, on: Terminal = t): Promise<void> => chooseLine(on, line);

const sent = (): number => readSMSOutbox(stack.outbox).length;

describe("codes by text message in the terminal", () => {
  it("adds a Swiss number typed as at home, with the code it received (a new one on Ctrl+R), and shows the backup codes", async () => {
    await t.waitFor("Signed in as Hedy Lamarr");
    await choose(TEXT.settings.addSMS);
    const countries = await t.waitFor("› Switzerland (+41)");
    for (const country of ["France (+33)", "Belgium (+32)", "Germany (+49)"]) {
      expect(countries).toContain(country);
    }
    expect(countries).toMatch(wrapped(TEXT.sms.weak));
    await t.press(KEY.enter);
    await t.waitFor("Mobile number:");
    await t.type("079 123 45 67");
    const before = sent();
    await t.press(KEY.enter);
    const frame = await t.waitFor(`Code sent to ${SWISS}.`);
    expect(frame).toContain("Enter confirm · Ctrl+R new code · Esc back · Ctrl+C quit");
    const first = await waitForSMSCode(stack.outbox, { after: before, to: "+41791234567" });

    // A new code: the first one stops working.
    const beforeResend = sent();
    await t.press(KEY.ctrlR);
    await t.waitFor(`A new code was sent to ${SWISS};`);
    const code = await waitForSMSCode(stack.outbox, { after: beforeResend });
    // Esc goes back to the number, as typed; the same number again sends nothing new.
    await t.press(KEY.escape);
    await t.waitFor("Mobile number: 079 123 45 67");
    await t.press(KEY.enter);
    await t.waitFor(`A new code was sent to ${SWISS};`);
    expect(sent()).toBe(beforeResend + 1);
    if (first !== code) {
      await t.type(first);
      await t.press(KEY.enter);
      await t.waitFor(REASON_TEXT.en.INVALID_CODE);
    }
    await t.type(code);
    await t.press(KEY.enter);
    const codes = await t.waitFor("Your backup codes");
    expect(codes.match(/\b[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}\b/g)).toHaveLength(10);
    await t.press(KEY.enter);
    const settings = await t.waitFor(`${SWISS} (Text message, preferred)`);
    expect(settings).toContain("ON: signing in needs your password");
    expect(settings).toContain(TEXT.settings.smsWeak);
    expect(settings).toContain(TEXT.settings.smsAddStronger);
  });

  it("refuses a landline and a number of another country in words, keeping what was typed and sending nothing", async () => {
    await choose(TEXT.settings.addSMS);
    await t.waitFor("› Switzerland (+41)");
    await t.press(KEY.enter);
    await t.waitFor("Mobile number:");
    const before = sent();
    await t.type("044 668 18 00");
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.NOT_A_MOBILE_NUMBER);
    expect(t.frame()).toContain("Mobile number: 044 668 18 00");
    await t.erase(20);
    await t.type("+44 7700 900123");
    await t.press(KEY.enter);
    await t.waitFor(wrapped(REASON_TEXT.en.COUNTRY_NOT_SUPPORTED));
    expect(t.frame()).toContain("Mobile number: +44 7700 900123");
    expect(sent()).toBe(before);
    await t.press(KEY.escape);
    await t.waitFor("› Switzerland (+41)");
    await t.press(KEY.escape);
    await t.waitFor("Two-step verification");
  });

  it("renames the number; the list and the method keep showing it masked", async () => {
    await choose(SWISS);
    const method = await t.waitFor("› Rename");
    expect(method).toContain("Text message · added");
    await t.press(KEY.enter);
    await t.waitFor("New name:");
    await t.erase(SWISS.length);
    await t.type("Hedy's mobile");
    await t.press(KEY.enter);
    await t.waitFor("Renamed to Hedy's mobile.");
    await t.waitFor(`Hedy's mobile (Text message, ${SWISS}, preferred)`);
    await choose("Hedy's mobile");
    await t.waitFor(`Text message · ${SWISS} · added`);
    await t.press(KEY.escape);
    await t.waitFor("Two-step verification");
  });

  it("signs out, then signs in with the password and the newest code sent by text message", async () => {
    await choose(TEXT.settings.signOut);
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    const before = sent();
    await t.press(KEY.enter);
    const frame = await t.waitFor(`Code sent to ${SWISS}.`);
    expect(frame).toContain(
      "Enter verify · Ctrl+R new code · Tab another method · Esc cancel and sign out",
    );
    await t.type("12345");
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.INVALID_CODE_FORMAT);
    await t.type(await waitForSMSCode(stack.outbox, { after: before }));
    await t.press(KEY.enter);
    await t.waitFor("Signed in as Hedy Lamarr");
  });

  it("offers the account's other number with Tab at sign-in, and sends the code there", async () => {
    const store = createTokenStore(config, stack.server.url);
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
    const before = sent();
    const added = await api.sms.addPhone.mutate({ phone: "+33 6 12 34 56 78" });
    french = added.sentTo;
    await api.sms.confirmPhone.mutate({
      phoneId: added.phoneId,
      code: await waitForSMSCode(stack.outbox, { after: before, to: "+33612345678" }),
    });

    const other = openTerminal(stack.server.url, join(stack.dir, "other-config"));
    await other.waitFor("Welcome to Twofold");
    await other.press(KEY.enter);
    await other.type(email);
    await other.press(KEY.tab);
    await other.type(password);
    await other.press(KEY.enter);
    await other.waitFor(`Code sent to ${SWISS}.`); // the number used last
    const beforeFrench = sent();
    // Esc leaves the list for the code on its way: nothing is sent again.
    await other.press(KEY.tab);
    await other.waitFor("Choose a method");
    await other.press(KEY.escape);
    await other.waitFor(`Code sent to ${SWISS}.`);
    await other.press(KEY.tab);
    const menu = await other.waitFor("Choose a method");
    expect(menu).toContain(`Text message to ${SWISS}`);
    expect(menu).toContain("Backup code");
    expect(menu).toContain("↑↓/j/k move · Enter choose · Esc back · q quit");
    expect(sent()).toBe(beforeFrench);
    await choose(`Text message to ${added.sentTo}`, other);
    await other.waitFor(`Code sent to ${added.sentTo}.`);
    await other.type(
      await waitForSMSCode(stack.outbox, { after: beforeFrench, to: "+33612345678" }),
    );
    await other.press(KEY.enter);
    await other.waitFor("Signed in as Hedy Lamarr");
    other.unmount();
  });

  it("removes a number like any method", async () => {
    await choose("Security log"); // leave and come back: the list is read again
    await t.press(KEY.escape);
    await choose(`${french} (Text message`);
    await t.waitFor("› Rename");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor(`Remove ${french}? You will no longer sign in with it.`);
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor(`${french} was removed.`);
    const list = await t.waitFor(`Hedy's mobile (Text message, ${SWISS}, preferred)`);
    expect(list).not.toContain(`${french} (`);
  });
});

describe("when the text message cannot be sent", () => {
  let failing: Awaited<ReturnType<typeof startTestServer>>;
  let provider: Server;
  let down = true;

  /** An SMS provider behind a webhook, down until the test says otherwise. */
  beforeAll(async () => {
    provider = createServer((_req, res) => {
      res.statusCode = down ? 503 : 200;
      res.end();
    });
    await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
    const { port } = provider.address() as AddressInfo;
    failing = await startTestServer({
      TWOFOLD_SMS_PROVIDER: "webhook",
      TWOFOLD_SMS_WEBHOOK_URL: `http://127.0.0.1:${port}/sms`,
    });
  });
  afterAll(async () => {
    await failing?.close();
    await new Promise((resolve) => provider?.close(resolve));
  });

  it("says so in words and keeps the number; the next try sends it", async () => {
    const dir = join(failing.dir, "config");
    const store = createTokenStore(dir, failing.server.url);
    const api = createApiClient({ url: `${failing.server.url}/trpc`, token: store.get });
    store.set(await confirmedSignUp(api, failing.mailOutbox, { email, password }));
    const terminal = openTerminal(failing.server.url, dir);
    await terminal.waitFor("Signed in as");
    await choose(TEXT.settings.addSMS, terminal);
    await terminal.waitFor("› Switzerland (+41)");
    await terminal.press(KEY.down);
    await terminal.press(KEY.enter);
    await terminal.waitFor("A mobile number of France");
    await terminal.type("06 12 34 56 78");
    await terminal.press(KEY.enter);
    await terminal.waitFor(REASON_TEXT.en.SMS_SEND_FAILED);
    expect(terminal.frame()).toContain("Mobile number: 06 12 34 56 78");
    down = false;
    await terminal.press(KEY.enter);
    await terminal.waitFor("Code sent to +33 6 ** ** ** 78.");
    terminal.unmount();
  });
});
