// Security keys and passkeys in a real Chromium against a real server, with the DevTools
// protocol's virtual authenticators standing in for a YubiKey and a phone's passkey.
import { REASON_TEXT } from "@twofold/i18n";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "./account";
import { en } from "../src/i18n/en";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON = {
  name: "Grace Hopper",
  email: `grace.${Date.now()}@example.ch`,
  password: "compilers for everyone 1952",
};
const FIRST_KEY = "YubiKey 5C, blue";
const PASSKEY = "Laptop passkey";
const ADD_KEY_PATH = "/profile/two-step/add/security-key";

let stack: Stack;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
const shot = screenshots("security-keys");
/** The virtual authenticator attached now (one at a time, like one key in the USB port). */
let authenticatorId = "";
/** The first key's credential, kept to try it again once it was removed from the account. */
let firstKeyCredential: Credential | null = null;

beforeAll(async () => {
  stack = await startStack();
  ({ context, page } = await newPage(stack));
  cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable", {});
});
afterAll(async () => {
  await stack?.close();
});

/** Plugs in a new key: a CTAP2 USB authenticator that keeps passkeys, touched at once. */
async function plugInKey(): Promise<string> {
  const added = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "usb",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  authenticatorId = added.authenticatorId;
  return authenticatorId;
}

async function unplugKey(): Promise<void> {
  await cdp.send("WebAuthn.removeVirtualAuthenticator", { authenticatorId });
}

async function credentialsOnKey() {
  return (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
}
type Credential = Awaited<ReturnType<typeof credentialsOnKey>>[number];

async function accountMenu() {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: PERSON.name });
}

async function signOut(): Promise<void> {
  await (await accountMenu()).getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
}

async function openTwoStepSettings(): Promise<void> {
  await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("heading", { name: "Two-step verification", level: 1 }).waitFor();
}

async function signInWithPassword(target: Page = page): Promise<void> {
  await target.getByLabel("Email address").fill(PERSON.email);
  await target.getByLabel("Password").fill(PERSON.password);
  await target.getByRole("button", { name: "Sign in", exact: true }).click();
}

const factorNames = () => page.locator(".factor-name").allInnerTexts();
const alerts = () => page.getByRole("alert").allInnerTexts();
const welcome = () => page.getByRole("heading", { name: `Welcome, ${PERSON.name}` });

describe("security keys in the browser", () => {
  it("signs up", async () => {
    await signUp(page, PERSON, stack);
  });

  it("on an IP address, says security keys need the name and offers localhost", async () => {
    // The same server through 127.0.0.1: browsers refuse WebAuthn on an IP address.
    const other = await stack.browser.newContext({ baseURL: stack.server.url });
    const ip = await other.newPage();
    await ip.goto("/");
    await ip.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect
      .poll(() => ip.getByRole("alert").allInnerTexts())
      .toContain(en.keyErrors.wrongDomain);
    await signInWithPassword(ip);
    await ip.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    await ip.goto(ADD_KEY_PATH);
    await ip.getByText(en.addKey.ipHost).waitFor();
    expect(await ip.getByLabel("Name of this key").count()).toBe(0);
    const link = ip.getByRole("link", { name: "Open this page on localhost" });
    expect(await link.getAttribute("href")).toBe(`${stack.server.browserUrl}${ADD_KEY_PATH}`);
    await shot(ip, "ip-address-host");
    await other.close();
  });

  it("adds a security key: named, touched, backup codes shown once, then listed", async () => {
    await plugInKey();
    await openTwoStepSettings();
    await page.getByRole("link", { name: /Security key/ }).click();
    await page.getByRole("heading", { name: "Add a security key" }).waitFor();
    const name = page.getByLabel("Name of this key");
    expect(await name.getAttribute("placeholder")).toBe("YubiKey 5C, blue");
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "add security key");
    await shot(page, "add-security-key");
    await name.fill(FIRST_KEY);
    await page.getByRole("button", { name: "Add security key" }).click();

    await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
    expect(await page.locator(".code-grid code").count()).toBe(10);
    await shot(page, "backup-codes");
    await page.getByLabel("I have stored these codes").check();
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByText("Two-step verification is on").waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${FIRST_KEY} was added.`);
    await expect.poll(factorNames).toEqual([FIRST_KEY]);
    expect(await page.locator(".factor").first().innerText()).toContain("Security key");
    expect(await credentialsOnKey()).toHaveLength(1);
    await shot(page, "key-listed");
  });

  it("signs in with the password, then the security key, on a click only", async () => {
    await signOut();
    await signInWithPassword();
    await page.getByRole("heading", { name: "Use your security key" }).waitFor();
    const button = page.getByRole("button", { name: "Use security key" });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing is asked of the key before the click.
    const [before] = await credentialsOnKey();
    await expectAccessible(page, "second factor (security key)");
    await shot(page, "second-factor-key");
    expect((await credentialsOnKey())[0]?.signCount).toBe(before?.signCount);
    await button.click();
    await welcome().waitFor();
  });

  it("adds a passkey on another key, and the same key cannot be added twice", async () => {
    // The first key leaves the port; its credential is kept to try it again later.
    firstKeyCredential = (await credentialsOnKey())[0] ?? null;
    expect(firstKeyCredential).not.toBeNull();
    await unplugKey();
    await plugInKey();

    await openTwoStepSettings();
    await page.getByRole("link", { name: /Security key/ }).click();
    await page.getByLabel("Name of this key").fill(PASSKEY);
    await page.getByLabel("Use it as a passkey: sign in without a password").check();
    await page.getByRole("button", { name: "Add security key" }).click();
    // Not the first method: no new backup codes, back to the list with a notice.
    await expect.poll(factorNames).toEqual([FIRST_KEY, PASSKEY]);
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${PASSKEY} was added.`);
    const row = page.locator(".factor").filter({ hasText: PASSKEY });
    expect(await row.locator(".tag").innerText()).toBe("Passkey");
    expect((await credentialsOnKey())[0]?.isResidentCredential).toBe(true);
    await shot(page, "passkey-listed");

    // The browser refuses a key that already holds one of the account's credentials.
    await page.getByRole("link", { name: /Security key/ }).click();
    await page.getByLabel("Name of this key").fill("Same key again");
    await page.getByRole("button", { name: "Add security key" }).click();
    await expect.poll(alerts).toContain(en.keyErrors.alreadyRegistered);
    await shot(page, "already-registered");
    await page.getByRole("link", { name: "Cancel" }).click();
    await expect.poll(factorNames).toEqual([FIRST_KEY, PASSKEY]);
  });

  it("signs in with the passkey alone: no email, no password", async () => {
    await signOut();
    expect(await page.getByLabel("Email address").inputValue()).toBe("");
    expect(await page.getByLabel("Password").inputValue()).toBe("");
    await shot(page, "sign-in-with-passkey");
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await welcome().waitFor();
  });

  it("removes the first key from the settings", async () => {
    await openTwoStepSettings();
    await page.getByRole("button", { name: `Remove: ${FIRST_KEY}` }).click();
    const dialog = page.getByRole("dialog", { name: `Remove ${FIRST_KEY}?` });
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect.poll(factorNames).toEqual([PASSKEY]);
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${FIRST_KEY} was removed.`);
    await shot(page, "first-key-removed");
  });

  it("refuses the removed key with a sentence a person can read", async () => {
    const passkey = (await credentialsOnKey())[0];
    if (!firstKeyCredential || !passkey?.userHandle) throw new Error("credentials are missing");
    await signOut();
    // Only the removed key in the port, made to answer for this account without a name typed.
    await unplugKey();
    await plugInKey();
    await cdp.send("WebAuthn.addCredential", {
      authenticatorId,
      credential: {
        ...firstKeyCredential,
        rpId: "localhost",
        isResidentCredential: true,
        userHandle: passkey.userHandle,
      },
    });
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await expect.poll(alerts).toContain(REASON_TEXT.en.CREDENTIAL_NOT_FOUND);
    expect(await page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: /account menu/i }).count()).toBe(0);
    await shot(page, "removed-key-refused");
  });
});
