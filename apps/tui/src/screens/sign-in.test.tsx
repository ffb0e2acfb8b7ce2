import { statSync } from "node:fs";
import { join } from "node:path";
import { REASON_TEXT } from "@twofold/i18n";
import { rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  KEY,
  keyOnScreen,
  openTerminal,
  startTestServer,
  waitForSignUpCode,
} from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
let config: string;
const email = `grace.${Date.now()}@example.ch`;
const password = "cobol compilers 1959";
let secret = "";
let backupCodes: string[] = [];

beforeAll(async () => {
  stack = await startTestServer();
  config = join(stack.dir, "config", "twofold");
});
afterAll(async () => {
  await stack?.close();
});

describe("signing up and in from the terminal", () => {
  it("signs up from the welcome menu with a hidden password and keeps the session (0600)", async () => {
    const t = openTerminal(stack.server.url, config);
    await t.waitFor("Welcome to Twofold");
    expect(t.frame()).toContain("↑↓/j/k move · Enter choose · q quit");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Create your account");
    await t.type("Grace Hopper");
    await t.press(KEY.tab);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    expect(t.frame()).not.toContain(password);
    expect(t.frame()).toContain("•".repeat(password.length));
    await t.press(KEY.enter);
    // No session yet: the address is confirmed with the code of the mail the server sent.
    await t.waitFor("Check your mail");
    expect(t.frame()).toContain(email);
    expect(t.frame()).toContain("Ctrl+R send the mail again");
    const first = await waitForSignUpCode(stack.mailOutbox, email);
    // Ctrl+R: a new mail, and only its code works.
    await t.press("\u0012");
    await t.waitFor("A new mail is on its way");
    let code = first;
    for (let i = 0; i < 200 && code === first; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      code = await waitForSignUpCode(stack.mailOutbox, email);
    }
    const wrong = code === "000000" ? "111111" : "000000";
    await t.type(wrong);
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.INVALID_CODE);
    // Pasted with the words around it: the field keeps the digits.
    await t.type(`Code: ${code.slice(0, 3)} ${code.slice(3)}`);
    await t.press(KEY.enter);
    await t.waitFor(`Signed in as Grace Hopper <${email}>`);
    expect(t.frame()).toContain("OFF: your password alone opens your account");
    expect(statSync(join(config, "sessions.json")).mode & 0o777).toBe(0o600);
    t.unmount();
  });

  it("starts signed in next time, and adds an OTP app so that sign-in needs a code", async () => {
    const t = openTerminal(stack.server.url, config);
    await t.waitFor(`Signed in as Grace Hopper`);
    await t.press(KEY.enter); // "Add an authenticator app" is the first line
    await t.waitFor("Name of this method");
    await t.press(KEY.enter);
    secret = keyOnScreen(await t.waitFor("type this key in the app"));
    await t.type(rfc6238Code(secret, new Date()));
    await t.press(KEY.enter);
    const codes = await t.waitFor("Your backup codes");
    backupCodes = [...codes.matchAll(/\b([0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})\b/g)].map(
      (m) => m[1] ?? "",
    );
    expect(backupCodes).toHaveLength(10);
    await t.press(KEY.enter);
    await t.waitFor("ON: signing in needs your password");
    t.unmount();
  });

  it("signs out (forgetting the session), then signs in with password and a TOTP code", async () => {
    const t = openTerminal(stack.server.url, config);
    await t.waitFor("Signed in as");
    for (let i = 0; i < 30 && !t.frame().includes("› Sign out"); i += 1) await t.press(KEY.down);
    await t.waitFor("› Sign out");
    await t.press(KEY.enter);
    await t.waitFor("Welcome to Twofold");
    expect(t.store.get()).toBeNull();

    await t.press(KEY.enter);
    await t.type(email);
    await t.press(KEY.enter);
    await t.type("not the password");
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.INVALID_CREDENTIALS);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor("Code from your authenticator app");
    expect(t.frame()).toContain("Tab another method");
    await t.type("12345");
    await t.press(KEY.enter);
    await t.waitFor(REASON_TEXT.en.INVALID_CODE_FORMAT);
    // The next step: never the one spent when the app was added.
    await t.type(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await t.press(KEY.enter);
    await t.waitFor("Signed in as Grace Hopper");
    t.unmount();
  });

  it("signs in with a backup code through another method, and says how many are left", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "other-config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor("Code from your authenticator app");
    await t.press(KEY.tab);
    await t.waitFor("Choose a method");
    await t.press(KEY.down);
    await t.press(KEY.enter);
    await t.waitFor("Backup code:");
    await t.type(backupCodes[0] ?? "");
    await t.press(KEY.enter);
    await t.waitFor("9 backup codes left.");
    t.unmount();
  });

  it("cancels a pending sign-in with Esc: back to the welcome menu, nothing kept", async () => {
    const dir = join(stack.dir, "third-config");
    const t = openTerminal(stack.server.url, dir);
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.type(email);
    await t.press(KEY.tab);
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor("Code from your authenticator app");
    await t.press(KEY.escape);
    await t.waitFor("Welcome to Twofold");
    expect(t.store.get()).toBeNull();
    t.unmount();
  });
});
