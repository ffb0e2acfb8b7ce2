import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KEY, openTerminal, startTestServer, waitForSignUpCode } from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
const email = `tina.${Date.now()}@example.ch`;
const password = "terminal paste 2025";

beforeAll(async () => {
  stack = await startTestServer();
});
afterAll(async () => {
  await stack?.close();
});

describe("the sign-up and sign-in forms, filled in one burst", () => {
  it("take a paste with Tabs field by field (none runs into the next) and create the account", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "config"));
    await t.waitFor("Welcome to Twofold");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Create your account");
    // One write: Ink hands it to the form as one string, as a paste or an auto-type arrives.
    await t.press(`Tina Terminal\t${email}\t${password}`);
    const frame = t.frame();
    expect(frame).toContain("Name: Tina Terminal\n");
    expect(frame).toContain(`Email: ${email}\n`);
    expect(frame).toContain("•".repeat(password.length));
    expect(frame).not.toContain(password);
    await t.press(KEY.enter);
    await t.waitFor("Check your mail");
    await t.press(`${await waitForSignUpCode(stack.mailOutbox, email)}\r`);
    await t.waitFor(`Signed in as Tina Terminal <${email}>`);
    t.unmount();
  });

  it("says why the server refuses a password too easy to guess, and creates nothing", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "weak-config"));
    await t.waitFor("Welcome to Twofold");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Create your account");
    await t.press(`Tina Terminal\tweak.${email}\taaaaaaaaaa`);
    await t.press(KEY.enter);
    await t.waitFor("This password is too easy to guess");
    expect(t.frame()).toContain("Repeats");
    expect(t.frame()).toContain("Create your account");
    t.unmount();
  });

  it("sign in from a password manager's auto-type: address, Tab, password, Enter at once", async () => {
    const t = openTerminal(stack.server.url, join(stack.dir, "other-config"));
    await t.waitFor("Welcome to Twofold");
    await t.press(KEY.enter);
    await t.waitFor("Sign in");
    await t.press(`${email}\t${password}\r`);
    await t.waitFor(`Signed in as Tina Terminal <${email}>`);
    t.unmount();
  });
});
