import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createApiClient } from "@twofold/client";
import { describeEvent } from "@twofold/i18n";
import { createSoftAuthenticator, rfc6238Code } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEXT } from "../lib/text";
import { STEP_UP_TEXTS } from "../lib/text-step-up";
import { createTokenStore } from "../lib/token-store";
import {
  KEY,
  openTerminal,
  startTestServer,
  type Terminal,
  chooseLine,
  confirmedSignUp,
} from "../../test/test-utils";

let stack: Awaited<ReturnType<typeof startTestServer>>;
let config: string;
let t: Terminal;
const password = "difference engine 1822";

/** Signed up and with an OTP app, through the API, with the session where the TUI keeps it. */
beforeAll(async () => {
  stack = await startTestServer();
  config = join(stack.dir, "config");
  const store = createTokenStore(config, stack.server.url);
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
  const up = await confirmedSignUp(api, stack.mailOutbox, {
    email: `charles.${Date.now()}@example.ch`,
    password,
    displayName: "Charles Babbage",
  });
  store.set(up);
  const e = await api.totp.beginEnrollment.mutate({ label: "Old phone" });
  await api.totp.confirmEnrollment.mutate({
    enrollmentId: e.enrollmentId,
    code: rfc6238Code(e.secret, new Date()),
  });
  t = openTerminal(stack.server.url, config);
});
afterAll(async () => {
  t?.unmount();
  await stack?.close();
});

const choose = (line: string): Promise<void> => chooseLine(t, line);

/** Step-up offers the OTP app first (the preferred method): Tab, then the password. */
async function confirmWithPassword(): Promise<void> {
  await t.waitFor("Confirm it is you");
  await t.waitFor(`${STEP_UP_TEXTS.en.codeLabel}:`);
  await t.press(KEY.tab);
  await choose(STEP_UP_TEXTS.en.methods.password);
  await t.waitFor("Password:");
}

describe("the settings screen", () => {
  it("lists each method with when it was added and last used, and the backup codes left", async () => {
    const frame = await t.waitFor("Old phone (Authenticator app, preferred)");
    expect(frame).toMatch(/added \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, last used never/);
    expect(frame).toContain("Backup codes (10 left): generate new codes");
    expect(frame).toContain("↑↓/j/k move · Enter choose · q quit");
  });

  it("renames a method", async () => {
    await choose("Old phone");
    await t.waitFor("› Rename");
    await t.press(KEY.enter);
    await t.waitFor("New name:");
    await t.erase("Old phone".length);
    await t.type("Work phone");
    await t.press(KEY.enter);
    await t.waitFor("Renamed to Work phone.");
    // The notice shows at once, the list once it is read again.
    await t.waitFor("Work phone (Authenticator app, preferred)");
  });

  it("generates new backup codes after the password, chosen on the step-up screen (a wrong one is refused), and saves them to a 0600 file", async () => {
    await choose("Backup codes (10 left)");
    await confirmWithPassword();
    await t.type("wrong password here");
    await t.press(KEY.enter);
    await t.waitFor("This password is wrong.");
    await t.type(password);
    await t.press(KEY.enter);
    const frame = await t.waitFor("Your backup codes");
    const codes = [...frame.matchAll(/\b([0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})\b/g)].map(
      (m) => m[1],
    );
    expect(codes).toHaveLength(10);
    await t.press("s");
    await t.waitFor("File name:");
    const file = join(stack.dir, "codes.txt");
    await t.erase(80);
    await t.type(file);
    await t.press(KEY.enter);
    await t.waitFor(`Saved to ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    for (const code of codes) expect(text).toContain(code);
    await t.press(KEY.enter);
    await t.waitFor("Backup codes (10 left)");
  });

  it("shows the security log, newest first, in sentences", async () => {
    await choose("Security log");
    const reauthenticated = describeEvent("en", { type: "reauthenticated", detail: {} });
    const failed = describeEvent("en", { type: "sign_in_failed", detail: {} });
    const renamed = describeEvent("en", {
      type: "factor_renamed",
      detail: { kind: "totp", label: "Work phone" },
    });
    const frame = await t.waitFor(renamed);
    expect(frame.indexOf(reauthenticated)).toBeGreaterThan(0);
    expect(frame.indexOf(failed)).toBeGreaterThan(frame.indexOf(reauthenticated));
    expect(frame.indexOf(renamed)).toBeGreaterThan(frame.indexOf(failed));
    expect(frame).not.toContain("factor_renamed");
    expect(frame).toContain(TEXT.keys.scroll);
    await t.press(KEY.escape);
    await t.waitFor("Two-step verification");
  });

  it("removes a method after asking, and keeps the others", async () => {
    const store = createTokenStore(config, stack.server.url);
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
    await api.account.reauthenticate.mutate({ password });
    const e = await api.totp.beginEnrollment.mutate({ label: "Spare phone" });
    await api.totp.confirmEnrollment.mutate({
      enrollmentId: e.enrollmentId,
      code: rfc6238Code(e.secret, new Date()),
    });
    await choose("Security log"); // leave and come back: the list is read again
    await t.press(KEY.escape);
    await choose("Spare phone");
    await t.waitFor("› Rename");
    await t.press("j");
    await t.press(KEY.enter);
    const frame = await t.waitFor("Remove Spare phone? You will no longer sign in with it.");
    expect(frame).not.toContain("It is your last method");
    await t.press("j");
    await t.press(KEY.enter);
    await t.waitFor("Spare phone was removed.");
    const list = await t.waitFor("Work phone (Authenticator app, preferred)");
    expect(list).not.toContain("Spare phone (");
  });

  it("lists a security key added on the web (model, passkey), renames it, and says where to add one", async () => {
    const store = createTokenStore(config, stack.server.url);
    const api = createApiClient({ url: `${stack.server.url}/trpc`, token: store.get });
    const options = await api.webauthn.beginRegistration.mutate({
      label: "Blue key",
      passkey: true,
    });
    const key = createSoftAuthenticator({ userHandle: options.user.id });
    await api.webauthn.finishRegistration.mutate({
      response: key.register({
        challenge: options.challenge,
        origin: "http://localhost:3000",
        rpId: "localhost",
      }),
    });
    await choose("Security log"); // leave and come back: the list is read again
    await t.press(KEY.escape);
    await t.waitFor("Blue key (Security key, passkey)");
    await choose("Blue key");
    await t.waitFor("› Rename");
    await t.press(KEY.enter);
    await t.erase("Blue key".length);
    await t.type("Desk key");
    await t.press(KEY.enter);
    await t.waitFor("Desk key (Security key, passkey)");
    await choose("Add a security key");
    await t.waitFor("added in a web browser");
    await t.press(KEY.escape);
    await t.waitFor("Two-step verification");
  });

  it("turns two-step verification off after saying what it means and asking the password", async () => {
    await choose("Turn off two-step verification");
    await t.waitFor("All your methods and backup codes are deleted");
    await confirmWithPassword();
    await t.type(password);
    await t.press(KEY.enter);
    await t.waitFor("OFF: your password alone opens your account");
    expect(t.frame()).toContain("No method yet.");
  });
});
