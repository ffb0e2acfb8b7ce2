// Where an account is signed in, trusted browsers, "authenticate at each browser launch" and a
// password change, in a real Chromium against a real server.
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  confirmWithPassword,
  openProfile,
  signOut,
  signUpWithOTPApp,
  type Person,
  typePassword,
} from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Dorothy Vaughan",
  email: `dorothy.${Date.now()}@example.ch`,
  password: "fortran for the ibm 7090",
};
const NEW_PASSWORD = "a brand new sentence of mine";
/** Headless Chromium on Linux, as the server names it. */
const THIS_BROWSER = "Chrome on Linux";

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("sessions");
let secret = "";
let backupCodes: string[] = [];

beforeAll(async () => {
  // Behind a trusted proxy, so that a second browser can come from a public address.
  stack = await startStack({ TWOFOLD_TRUST_PROXY: "true" });
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

/** The browser's own cookies, read through the DevTools protocol. */
async function cookie(name: string): Promise<{ session: boolean; expires: number } | undefined> {
  const cdp = await context.newCDPSession(page);
  try {
    const { cookies } = await cdp.send("Network.getAllCookies");
    return cookies.find((c) => c.name === name);
  } finally {
    await cdp.detach();
  }
}

async function openSessions(): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: /Where you're signed in/ }).click();
  await page.getByRole("heading", { name: "Where you're signed in", level: 1 }).waitFor();
}

async function sessionRows(): Promise<string[]> {
  return page.getByTestId("session-row").allInnerTexts();
}

async function useBackupCode(on: Page): Promise<void> {
  const code = backupCodes.shift();
  if (!code) throw new Error("no backup code left");
  await on.getByRole("button", { name: "Use another method" }).click();
  await on.getByRole("button", { name: "Backup code" }).click();
  await on.getByLabel("Backup code").fill(code);
  await on.getByRole("button", { name: "Verify" }).click();
}

const welcome = (on: Page) =>
  on.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();

describe("sessions, trusted browsers and browser launch", () => {
  it("signs up and turns two-step verification on with an OTP app", async () => {
    ({ secret, backupCodes } = await signUpWithOTPApp(page, PERSON, stack));
  });

  it("turns on 'Authenticate at each browser launch', said to apply from the next sign-in", async () => {
    await openProfile(page, PERSON);
    const row = page.getByRole("link", { name: /Authenticate at each browser launch/ });
    await expect.poll(() => row.innerText()).toContain("Off");
    await row.click();
    await page
      .getByRole("heading", { name: "Authenticate at each browser launch", level: 1 })
      .waitFor();
    const remember = page.getByRole("radio", { name: "Stay signed in" });
    await expect.poll(() => remember.isChecked()).toBe(true);
    await page.getByText("A change applies from your next sign-in").waitFor();
    await expectAccessible(page, "browser launch");
    await shot(page, "browser-launch");
    await page.getByRole("radio", { name: "Authenticate at each browser launch" }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("Saved. It applies from your next sign-in.");
    await shot(page, "browser-launch-saved");
    await openProfile(page, PERSON);
    await expect.poll(() => row.innerText()).toContain("On");
  });

  it("signs in again: a session cookie (no expiry) even with 'Keep me signed in', and trusts this browser", async () => {
    await signOut(page, PERSON);
    await typePassword(page, PERSON, { keepSignedIn: true });
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    await page.getByLabel("Don't ask again on this browser for 30 days").check();
    await expectAccessible(page, "second factor with trust");
    await shot(page, "second-factor-trust");
    await page
      .getByLabel("Code from your authenticator app")
      .fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Verify" }).click();
    await welcome(page);

    const session = await cookie("twofold_session");
    expect(session?.session).toBe(true);
    const trusted = await cookie("twofold_trusted");
    expect(trusted?.session).toBe(false);
    const days = ((trusted?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30);
  });

  it("lists this browser, marked, and the trusted browser", async () => {
    await openSessions();
    await expect
      .poll(() => page.getByTestId("session-count").innerText())
      .toBe("Signed in in 1 place.");
    const [row] = await sessionRows();
    expect(row).toContain(THIS_BROWSER);
    expect(row).toContain("This browser");
    expect(row).toContain("Until the browser closes");
    await expect.poll(() => page.getByTestId("trusted-browser-row").count()).toBe(1);
    expect(await page.getByTestId("trusted-browser-row").innerText()).toContain(THIS_BROWSER);
    await expectAccessible(page, "sessions");
    await shot(page, "sessions");
  });

  it("signs out another browser with 'Sign out all other sessions'", async () => {
    // From ETH Zurich's network: its row says where; this browser (loopback) says nothing.
    const other = await newPage(stack, { headers: { "x-forwarded-for": "129.132.1.1" } });
    await other.page.goto("/signin");
    await typePassword(other.page, PERSON);
    // Not trusted there: the second step is asked.
    await other.page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    await useBackupCode(other.page);
    await welcome(other.page);

    await page.reload();
    await expect
      .poll(() => page.getByTestId("session-count").innerText())
      .toBe("Signed in in 2 places.");
    const addresses = await page.getByTestId("session-address").allInnerTexts();
    expect(addresses).toContain("129.132.1.1 (near Zurich, CH)");
    expect(addresses.filter((a) => a.includes("near"))).toHaveLength(1);
    const attribution = page.getByTestId("geo-attribution");
    expect(await attribution.innerText()).toBe("IP geolocation by DB-IP");
    expect(await attribution.getByRole("link").getAttribute("href")).toBe("https://db-ip.com");
    await shot(page, "two-sessions");
    await page.getByRole("button", { name: "Sign out all other sessions" }).click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("1 other session was signed out.");
    await expect
      .poll(() => page.getByTestId("session-count").innerText())
      .toBe("Signed in in 1 place.");

    await other.page.reload();
    await other.page.getByRole("heading", { name: "Sign in" }).waitFor();
    await other.context.close();
  });

  it("skips the second step on the trusted browser, until it is no longer trusted", async () => {
    await signOut(page, PERSON);
    await typePassword(page, PERSON);
    await welcome(page);

    await openSessions();
    await page.getByRole("button", { name: `Stop trusting: ${THIS_BROWSER}` }).click();
    await page.getByText("No trusted browser.").waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${THIS_BROWSER} will ask for the second step again.`);

    await signOut(page, PERSON);
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    await useBackupCode(page);
    await welcome(page);
  });

  it("changes the password after the current one, and says what it ended", async () => {
    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Change password/ }).click();
    await page.getByRole("heading", { name: "Change password", level: 1 }).waitFor();
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill("something else entirely");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain("The two passwords are not the same.");
    await expectAccessible(page, "change password");
    await shot(page, "change-password");

    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
    expect(await dialog.innerText()).toContain("Type your current password to change it.");
    await confirmWithPassword(page, PERSON.password);
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(
        "Your password was changed. You had no application password to revoke. No other session was signed in.",
      );
    PERSON.password = NEW_PASSWORD;
    await shot(page, "password-changed");
  });

  it("signs out this browser from the list, back to the sign-in page", async () => {
    await openSessions();
    await page.getByRole("button", { name: `Sign out: ${THIS_BROWSER} (This browser)` }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await cookie("twofold_session")).toBeUndefined();

    // The new password opens the account.
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
  });
});
