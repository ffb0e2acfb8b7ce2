// Passkey autofill on the sign-in page and the OTP app's link on a phone, in a real Chromium
// against a real server. The passkey lives on a DevTools virtual authenticator of the "internal"
// kind (this device's own, as on a phone or a laptop): Chromium offers conditional mediation
// only with such an authenticator, and with automatic presence it answers a conditional
// request at once (no focus or pick needed); without presence a request waits, and turning
// presence on later does not answer it. A recorder wrapped around navigator.credentials.get
// (passing every call through) shows each request's mediation and how it ended.
import { join } from "node:path";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp, type Person } from "./account";
import { smallTargets } from "./tap-targets";
import { expectAccessible, SCREENSHOTS, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Radia Perlman",
  email: `radia.${Date.now()}@example.ch`,
  password: "spanning trees for everyone",
};
const PHONE_PERSON: Person = {
  name: "Mary Jackson",
  email: `mary.${Date.now()}@example.ch`,
  password: "wind tunnels at langley 1951",
};
const PASSKEY = "Laptop passkey";

let stack: Stack;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let authenticatorId = "";
const shot = screenshots("passkey-autofill");

/** One navigator.credentials.get call as the page made it. */
interface Recorded {
  mediation: string;
  outcome: string;
}

/** Runs in the page before its own scripts: records each get() and passes it on unchanged. */
function recordCredentialRequests(): void {
  const calls: Recorded[] = [];
  Object.assign(window, { credentialRequests: calls });
  const get = navigator.credentials.get.bind(navigator.credentials);
  navigator.credentials.get = (options?: CredentialRequestOptions) => {
    const call = { mediation: options?.mediation ?? "optional", outcome: "pending" };
    calls.push(call);
    const answer = get(options);
    answer.then(
      () => (call.outcome = "answered"),
      (error: unknown) => (call.outcome = error instanceof Error ? error.name : "failed"),
    );
    return answer;
  };
}

const requests = (): Promise<Recorded[]> =>
  page.evaluate(() => (window as unknown as { credentialRequests: Recorded[] }).credentialRequests);

beforeAll(async () => {
  stack = await startStack();
  context = await stack.browser.newContext({
    baseURL: stack.server.browserUrl,
    locale: "en-GB",
    viewport: { width: 1024, height: 800 },
  });
  await context.addInitScript(recordCredentialRequests);
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable", {});
  ({ authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  }));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

const presence = (enabled: boolean) =>
  cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId, enabled });
const signCount = async (): Promise<number> =>
  (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials[0]?.signCount ?? -1;
const welcome = (on: Page, person: Person) =>
  on.getByRole("heading", { name: `Welcome, ${person.name}` });

/** axe on the page as it is, in the dark scheme and in the light one. */
async function accessibleInBothSchemes(on: Page, screen: string): Promise<void> {
  await on.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(on, `${screen} (dark)`);
  await on.emulateMedia({ colorScheme: "light" });
  await expectAccessible(on, `${screen} (light)`);
}

async function signOut(): Promise<void> {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

describe("passkey autofill on the sign-in page", () => {
  it("signs up and adds a passkey, which turns two-step verification on", async () => {
    await signUp(page, PERSON, stack);
    await page.goto("/profile/two-step/add/security-key");
    await page.getByLabel("Name of this key").fill(PASSKEY);
    await page.getByLabel("Use it as a passkey: sign in without a password").check();
    await page.getByRole("button", { name: "Add security key" }).click();
    await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
    await page.getByLabel("I have stored these codes").check();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("Two-step verification is on").waitFor();
  });

  it("waits in the email field, aborted when the page goes; the button aborts it and signs in", async () => {
    // No presence: a request waits in the browser as it would until the person picks a passkey.
    await presence(false);
    await signOut();
    const email = page.getByLabel("Email address");
    expect(await email.getAttribute("autocomplete")).toBe("username webauthn");
    await expect.poll(requests).toEqual([{ mediation: "conditional", outcome: "pending" }]);
    const before = await signCount();

    // Leaving the page aborts the waiting request; coming back makes a new one.
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    await expect.poll(async () => (await requests())[0]?.outcome).toBe("AbortError");
    await page.getByRole("link", { name: "Sign in" }).click();
    await expect
      .poll(async () => (await requests())[1])
      .toEqual({
        mediation: "conditional",
        outcome: "pending",
      });
    await accessibleInBothSchemes(page, "sign-in-autofill-waiting");
    await shot(page, "sign-in-autofill-waiting");
    expect(await signCount()).toBe(before);

    await presence(true);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await welcome(page, PERSON).waitFor();
    // The waiting request was aborted before the button's own (modal) one, which was answered.
    expect((await requests()).slice(1)).toEqual([
      { mediation: "conditional", outcome: "AbortError" },
      { mediation: "optional", outcome: "answered" },
    ]);
    expect(await signCount()).toBeGreaterThan(before);
  });

  it("signs in from the email field's passkey, with no password and no second step", async () => {
    await presence(false);
    await signOut();
    const before = await signCount();
    // With presence, Chromium's virtual authenticator answers the page's request at once.
    await presence(true);
    await page.reload();
    await welcome(page, PERSON).waitFor();
    expect(await requests()).toEqual([{ mediation: "conditional", outcome: "answered" }]);
    expect(await signCount()).toBeGreaterThan(before);
    expect(await page.getByLabel("Password").count()).toBe(0);
    await shot(page, "signed-in-by-autofill");
  });

  it("on a computer, adding an OTP app offers the link after the QR code", async () => {
    await page.goto("/profile/two-step/add/otp-app");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: /Scan this QR code/ }).waitFor();
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    const link = page.getByRole("link", { name: "Open in your authenticator app" });
    expect(await link.getAttribute("href")).toMatch(
      new RegExp(`^otpauth://totp/.*[?&]secret=${secret}(&|$)`),
    );
    expect(await link.getAttribute("class")).toBeNull();
  });
});

describe("adding an OTP app on a phone", () => {
  it("shows 'Open in your authenticator app' first, with the otpauth:// link", async () => {
    const phone = await stack.browser.newContext({
      baseURL: stack.server.browserUrl,
      locale: "en-GB",
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const on = await phone.newPage();
    await signUp(on, PHONE_PERSON, stack);
    await on.goto("/profile/two-step/add/otp-app");
    await on.getByRole("button", { name: "Continue" }).click();
    await on
      .getByRole("heading", { name: "1. Add this account to your authenticator app" })
      .waitFor();
    const secret = (await on.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    const link = on.getByRole("link", { name: "Open in your authenticator app" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(new RegExp(`^otpauth://totp/.*[?&]secret=${secret}(&|$)`));
    expect(href).toContain("issuer=");
    // The link comes before the QR code, as a button a thumb can reach.
    const box = await link.boundingBox();
    const qr = await on.getByRole("img", { name: /QR code/ }).boundingBox();
    expect(box && qr && box.y < qr.y && box.height >= 44).toBe(true);
    await accessibleInBothSchemes(on, "phone-add-otp-app");
    expect(await smallTargets(on)).toEqual([]);
    // Only the screen: a full-page screenshot briefly makes Playwright's phone a mouse device.
    await on.screenshot({ path: join(SCREENSHOTS, "passkey-autofill", "phone-add-otp-app.png") });
    await phone.close();
  });
});
