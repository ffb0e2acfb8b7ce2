// Security and recovery in a real Chromium: a recovery address confirmed by its code, "forgot
// password" that asks the OTP app before the new password, and "I can't use any of my methods"
// with its wait (the server's clock moved past it: no sleeping), cancelled by the owner from
// another session, then completed.
import { waitForMail } from "@twofold/test-stack/sign-up";
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signOut, signUp, turnOnOTPApp, typePassword, type Person } from "./account";
import {
  expectAccessible,
  newPage,
  screenshots,
  shiftedClock,
  startStackWithClock,
  type Stack,
} from "./harness";

const HOUR = 3_600_000;
const tag = Date.now();
const PERSON: Person = {
  name: "Grace Hopper",
  email: `grace.${tag}@example.ch`,
  password: "compilers are for people",
};
const RECOVERY_ADDRESS = `grace.elsewhere.${tag}@example.net`;
const NEW_PASSWORD = "nanoseconds of wire, 30 cm";
const LAST_PASSWORD = "a bug in relay number 70";

const clock = shiftedClock();
let stack: Stack;
let page: Page;
let other: { context: BrowserContext; page: Page } | undefined;
let secret = "";
const shot = screenshots("recovery");

beforeAll(async () => {
  stack = await startStackWithClock(clock);
  ({ page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
});

/** The newest mail to `to` whose text matches `pattern`: its first group. */
const mailed = (to: string, pattern: RegExp): Promise<string> =>
  waitForMail(stack.mailOutbox, to, { pattern });

/** The app's next code: the server's time moves on a step, so no code is ever a replay. */
function nextCode(): string {
  clock.advance(30_000);
  return rfc6238Code(secret, clock.now());
}

async function secondStepWithOTPApp(at: Page): Promise<void> {
  await at.getByLabel("Code from your authenticator app").fill(nextCode());
  await at.keyboard.press("Enter");
}

describe("security and recovery in the browser", () => {
  it("signs up, confirms a recovery address with the code mailed to it, and turns two-step on", async () => {
    await signUp(page, PERSON, stack);

    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Recovery address and phone/ }).click();
    const card = page.getByRole("region", { name: "Recovery address" });
    await card.getByRole("button", { name: "Set" }).click();
    await card.getByLabel("Email address").fill(RECOVERY_ADDRESS);
    await card.getByRole("button", { name: "Send a code" }).click();
    const code = await mailed(RECOVERY_ADDRESS, /\b(\d{6})\b/);
    await card.getByLabel("Code").fill(code);
    await card.getByRole("button", { name: "Confirm" }).click();
    // Shown masked: the whole address is never on the page.
    await page.getByText(/is now your recovery address/).waitFor();
    expect(await page.getByText(RECOVERY_ADDRESS).count()).toBe(0);
    await expectAccessible(page, "recovery address");
    await shot(page, "recovery-address");

    ({ secret } = await turnOnOTPApp(page, PERSON, clock.now));
  });

  it("forgot password: the link reaches the recovery address, the OTP app comes first, then the new password", async () => {
    await signOut(page, PERSON);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByText(/If an account exists for this address, we sent it a link/).waitFor();
    const token = await mailed(RECOVERY_ADDRESS, /\/reset-password#token=([A-Za-z0-9_-]+)/);
    await page.goto(`/reset-password#token=${token}`);
    // Two-step is on: no new password before a second factor.
    await page.getByRole("heading", { name: "First, the second step" }).waitFor();
    expect(await page.getByLabel("New password", { exact: true }).count()).toBe(0);
    // No method at hand: the way on is an account recovery, not a dead end.
    await page.getByRole("button", { name: "I can't use any of my methods" }).waitFor();
    await shot(page, "reset-second-step");
    await secondStepWithOTPApp(page);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password, again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.getByRole("heading", { name: "Password changed" }).waitFor();
    await shot(page, "reset-done");

    // The link was spent; the old password no longer works, the new one does (with the app).
    await page.goto("/signin");
    await page.goto(`/reset-password#token=${token}`);
    await page.getByRole("link", { name: "Ask for a new link" }).waitFor();
    await page.goto("/signin");
    await typePassword(page, PERSON);
    await page
      .getByRole("alert")
      .filter({ hasText: /password/i })
      .first()
      .waitFor();
    PERSON.password = NEW_PASSWORD;
    await typePassword(page, PERSON);
    await secondStepWithOTPApp(page);
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
  });

  it("lost every method: a recovery started from a known browser, cancelled by the owner elsewhere", async () => {
    await signOut(page, PERSON);
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    await page.getByRole("button", { name: "I can't use any of my methods" }).click();
    await page.getByRole("heading", { name: "Recover your account" }).waitFor();
    // With the recovery address as the proof, asking for its link is the one thing to do.
    await page.getByLabel("A link to my recovery address").check();
    await page.getByRole("button", { name: "Send the link" }).waitFor();
    expect(await page.getByRole("button", { name: "Start the recovery" }).count()).toBe(0);
    expect(await page.getByLabel("Password", { exact: true }).count()).toBe(0);
    await startRecovery(page);

    // The owner, signed in on another browser, sees it and cancels it in one step.
    other = await newPage(stack);
    await other.page.goto("/signin");
    await typePassword(other.page, PERSON);
    await secondStepWithOTPApp(other.page);
    const banner = other.page.getByText(/A recovery of your account is under way/);
    await banner.waitFor();
    await shot(other.page, "recovery-banner");
    await other.page.getByRole("button", { name: "Cancel this recovery" }).click();
    await other.page.getByText(/The recovery was cancelled/).waitFor();
    expect(await banner.count()).toBe(0);
  });

  it("lost every method: after the wait, the recovery ends two-step and every session", async () => {
    await page.goto("/recover");
    await startRecovery(page);
    clock.advance(72 * HOUR + 60_000);
    await page.goto("/recover");
    await page.getByRole("button", { name: "The wait is over: complete a recovery" }).click();
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password", { exact: true }).fill(PERSON.password);
    await page.getByLabel(/This browser/).check();
    await page.getByLabel("New password", { exact: true }).fill(LAST_PASSWORD);
    await page.getByRole("button", { name: "Complete the recovery" }).click();
    await page.getByText(/Your account is yours again/).waitFor();
    await page.getByText("Two-step verification is off").first().waitFor();
    await shot(page, "recovered");
    // The other browser's session ended with the recovery.
    if (other) {
      await other.page.reload();
      await other.page.getByRole("heading", { name: "Sign in" }).waitFor();
    }
  });
});

/** On the recovery page: the password and "this browser" as the proof; the wait begins. */
async function startRecovery(at: Page): Promise<void> {
  const email = at.getByLabel("Email address");
  if ((await email.count()) > 0) await email.fill(PERSON.email);
  await at.getByLabel(/This browser/).check();
  await at.getByLabel("Password", { exact: true }).fill(PERSON.password);
  await at.getByRole("button", { name: "Start the recovery" }).click();
  await at.getByRole("heading", { name: "The recovery has started" }).waitFor();
  await expectAccessible(at, "recovery started");
}
