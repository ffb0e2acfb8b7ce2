// The whole life of two-step verification in a real Chromium against a real server.
import { REASON_TEXT } from "@twofold/i18n";
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectAccessible,
  newPage,
  screenshots,
  startStack,
  type Stack,
  confirmAddress,
} from "./harness";
import { confirmWithPassword } from "./account";

const PERSON = {
  name: "Ada Lovelace",
  email: `ada.${Date.now()}@example.ch`,
  password: "analytical engine 1843",
};

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("two-step");
/** State carried from step to step, as the person carries it. */
let secret = "";
let backupCodes: string[] = [];

beforeAll(async () => {
  stack = await startStack();
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
});

/** The round badge at the top right opens the account menu. */
async function accountMenu() {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: PERSON.name });
}

async function signOut(): Promise<void> {
  await (await accountMenu()).getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
}

async function signInWithPassword(): Promise<void> {
  await page.getByLabel("Email address").fill(PERSON.email);
  await page.getByLabel("Password").fill(PERSON.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
}

async function openTwoStepSettings(): Promise<void> {
  await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("heading", { name: "Two-step verification", level: 1 }).waitFor();
}

async function readBackupCodes(): Promise<string[]> {
  await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
  return page.locator(".code-grid code").allInnerTexts();
}

describe("two-step verification in the browser", () => {
  it("signs up and lands signed in, with two-step verification off", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await expectAccessible(page, "sign-in");
    await shot(page, "sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Your name").fill(PERSON.name);
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password").fill(PERSON.password);
    await shot(page, "sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await confirmAddress(page, stack, PERSON.email);
    await page.getByRole("heading", { name: "Welcome, Ada Lovelace" }).waitFor();
    expect(await page.locator(".badge [aria-hidden=true]").innerText()).toBe("AL");
    await shot(page, "signed-up");
  });

  it("adds an OTP app from the badge menu: QR code, typed key, first code, backup codes", async () => {
    await openTwoStepSettings();
    await expect.poll(() => page.getByText("Two-step verification is off").isVisible()).toBe(true);
    await expectAccessible(page, "settings (off)");
    await shot(page, "settings-off");
    await page.getByRole("link", { name: /Authenticator app/ }).click();
    await page.getByLabel("Name of this method").fill("Pixel phone");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect
      .poll(() =>
        page
          .getByRole("img", { name: /QR code/ })
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await shot(page, "otp-app-qr");

    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect
      .poll(() => page.getByRole("alert").filter({ hasText: /wrong/ }).count())
      .toBeGreaterThan(0);
    await page.getByLabel("Code from the app").fill(rfc6238Code(secret, new Date()));
    await page.getByRole("button", { name: "Turn on" }).click();

    backupCodes = await readBackupCodes();
    expect(backupCodes).toHaveLength(10);
    expect(new Set(backupCodes).size).toBe(10);
    await expectAccessible(page, "backup codes");
    await shot(page, "backup-codes");
    const done = page.getByRole("button", { name: "Done" });
    expect(await done.isDisabled()).toBe(true);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download .txt" }).click();
    const file = await (await download).path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(file, "utf8");
    for (const code of backupCodes) expect(text).toContain(code);
    await page.getByLabel("I have stored these codes").check();
    await done.click();

    await page.getByText("Two-step verification is on").waitFor();
    await expect.poll(() => page.locator(".factor-name").allInnerTexts()).toEqual(["Pixel phone"]);
    await expectAccessible(page, "settings (on)");
    await shot(page, "settings-on");
  });

  it("cancels at the second step: back to sign-in, nothing of the person left on screen", async () => {
    await signOut();
    await signInWithPassword();
    await page.getByRole("button", { name: "Cancel and sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await page.getByText(PERSON.name).count()).toBe(0);
    expect(await page.getByText(PERSON.email).count()).toBe(0);
    expect(await page.getByRole("button", { name: /account menu/i }).count()).toBe(0);
    await shot(page, "cancelled-second-step");
  });

  it("signs in with password and a code from the OTP app", async () => {
    // From the sign-in page the previous step left.
    await signInWithPassword();
    const field = page.getByLabel("Code from your authenticator app");
    // Focus is already in the code field, which offers one-time codes.
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
    await expectAccessible(page, "second factor");
    await shot(page, "second-factor");
    // The step after the one spent at enrollment: accepted, and never a replay.
    await field.fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Welcome, Ada Lovelace" }).waitFor();
    await expect.poll(() => page.title()).toBe("Welcome, Ada Lovelace – Twofold");
  });

  it("signs in with a backup code through 'use another method', and the count drops", async () => {
    await signOut();
    await signInWithPassword();
    await page.getByRole("button", { name: "Use another method" }).click();
    await page.getByRole("button", { name: "Backup code" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0] ?? "");
    await shot(page, "backup-code-sign-in");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: "Welcome, Ada Lovelace" }).waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("You have 9 backup codes left.");
    await shot(page, "backup-codes-left");
    await openTwoStepSettings();
    await expect
      .poll(() => page.getByTestId("backup-remaining").innerText())
      .toBe("9 unused codes left.");
  });

  it("refuses a used backup code with a clear sentence", async () => {
    await signOut();
    await signInWithPassword();
    await page.getByRole("button", { name: "Use another method" }).click();
    await page.getByRole("button", { name: "Backup code" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain(REASON_TEXT.en.CODE_ALREADY_USED);
    await page.getByLabel("Backup code").fill(backupCodes[1] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: "Welcome, Ada Lovelace" }).waitFor();
  });

  it("generates new backup codes after the password, and the old ones stop working", async () => {
    await openTwoStepSettings();
    await page.getByRole("button", { name: "Generate new codes" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
    await confirmWithPassword(page, "not my password");
    await expect.poll(() => dialog.getByRole("alert").innerText()).toBe("This password is wrong.");
    await shot(page, "password-again");
    await confirmWithPassword(page, PERSON.password);
    const fresh = await readBackupCodes();
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => backupCodes.includes(c))).toEqual([]);
    // Leaving inside the app before the codes are stored asks first; refusing stays.
    const asked: string[] = [];
    const refuse = (question: Dialog): void => {
      asked.push(question.message());
      void question.dismiss();
    };
    page.on("dialog", refuse);
    await page.getByRole("link", { name: "Twofold" }).click();
    await page.evaluate(() => window.history.back());
    await expect.poll(() => asked.length).toBe(2);
    page.off("dialog", refuse);
    expect(new Set(asked)).toEqual(
      new Set(["You have not confirmed you stored your backup codes."]),
    );
    await expect.poll(() => new URL(page.url()).pathname).toBe("/profile/two-step");
    await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
    await page.getByLabel("Or type one of them back to show you have it").fill(fresh[3] ?? "");
    await page.getByRole("button", { name: "Done" }).click();
    await expect
      .poll(() => page.getByTestId("backup-remaining").innerText())
      .toBe("10 unused codes left.");
    backupCodes = fresh;
  });

  it("renames the OTP app, then turns two-step verification off after the password", async () => {
    await page.getByRole("button", { name: "Rename: Pixel phone" }).click();
    await page.getByLabel("New name for Pixel phone").fill("Work phone");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator(".factor-name").allInnerTexts()).toEqual(["Work phone"]);

    await page.getByRole("button", { name: "Turn off two-step verification" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
    expect(await dialog.innerText()).toContain("Your password alone will then open your account");
    await confirmWithPassword(page, PERSON.password);
    await page.getByText("Two-step verification is off", { exact: true }).waitFor();
    await shot(page, "turned-off");

    await signOut();
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Welcome, Ada Lovelace" }).waitFor();
    await context.close();
  });
});
