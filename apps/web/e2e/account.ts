// The steps every security test starts with: an account, signed in, with an OTP app.
import { rfc6238Code } from "@twofold/testing";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { confirmAddress, type Stack } from "./harness";

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** The round badge at the top right opens the account menu. */
export async function accountMenu(page: Page, person: Person) {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: person.name });
}

export async function openProfile(page: Page, person: Person): Promise<void> {
  await (await accountMenu(page, person)).getByRole("link", { name: "Manage my profile" }).click();
  await page.getByRole("heading", { name: "Manage my profile", level: 1 }).waitFor();
}

export async function signOut(page: Page, person: Person): Promise<void> {
  await (await accountMenu(page, person)).getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

/** Email and password on the sign-in page, "Keep me signed in" ticked or not. */
export async function typePassword(
  page: Page,
  person: Person,
  options: { keepSignedIn?: boolean } = {},
): Promise<void> {
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  if (options.keepSignedIn) await page.getByLabel("Keep me signed in on this browser").check();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs up, confirms the address with the code of the mail the server sent: signed in. */
export async function signUp(
  page: Page,
  person: Person,
  stack: Pick<Stack, "mailOutbox">,
): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await confirmAddress(page, stack, person.email);
  await page.getByRole("heading", { name: `Welcome, ${person.name}` }).waitFor();
}

/**
 * Signs up and turns two-step verification on with an OTP app (its first code spent at the
 * current time step); returns the app's secret and the backup codes.
 */
export async function signUpWithOTPApp(
  page: Page,
  person: Person,
  stack: Pick<Stack, "mailOutbox">,
): Promise<{ secret: string; backupCodes: string[] }> {
  await signUp(page, person, stack);

  return turnOnOTPApp(page, person);
}

/**
 * From a signed-in page: turns two-step verification on with an OTP app whose first code is
 * that of `now` (the server's time); returns the app's secret and the backup codes.
 */
export async function turnOnOTPApp(
  page: Page,
  person: Person,
  now: () => Date = () => new Date(),
): Promise<{ secret: string; backupCodes: string[] }> {
  await openProfile(page, person);
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("link", { name: /Authenticator app/ }).click();
  await page.getByLabel("Name of this method").fill("Pixel phone");
  await page.getByRole("button", { name: "Continue" }).click();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
  await page.getByLabel("Code from the app").fill(rfc6238Code(secret, now()));
  await page.getByRole("button", { name: "Turn on" }).click();
  await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
  const backupCodes = await page.locator(".code-grid code").allInnerTexts();
  await page.getByLabel("I have stored these codes").check();
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByText("Two-step verification is on").waitFor();
  return { secret, backupCodes };
}

/**
 * "Confirm it is you" with the password: the dialog offers the person's preferred strong method
 * first, so the password is chosen among the other methods when it is not the one shown.
 */
export async function confirmWithPassword(page: Page, password: string): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
  const field = dialog.getByLabel("Password", { exact: true });
  const other = dialog.getByRole("button", { name: "Use my password" });
  await field.or(other).first().waitFor();
  if (await other.isVisible()) await other.click();
  await field.fill(password);
  await dialog.getByRole("button", { name: "Confirm" }).click();
  return dialog;
}
