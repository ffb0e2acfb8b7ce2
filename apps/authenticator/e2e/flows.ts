// The steps the tests share: a person on the desktop adds the phone from the web settings, the
// phone opens the QR's address and enrolls; the desktop signs in and shows a number.
import { randomBytes } from "node:crypto";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { decodeQR } from "./qr";

export interface Person {
  name: string;
  email: string;
  password: string;
}

export function newPerson(name: string): Person {
  const tag = randomBytes(4).toString("hex");
  return {
    name,
    email: `${name.split(" ")[0]?.toLowerCase() ?? "person"}.${tag}@example.ch`,
    password: `correct horse ${tag}`,
  };
}

async function accountMenu(page: Page, person: Person) {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: person.name });
}

/** Signs up on the desktop and confirms the address with the code of the mail the server sent. */
export async function signUp(page: Page, person: Person, mailOutbox: string): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Check your mail" }).waitFor();
  const code = await waitForSignUpCode(mailOutbox, person.email);
  await page.getByLabel("Code from the mail").fill(code);
  await page.getByRole("button", { name: "Confirm and sign in" }).click();
  await page.getByRole("heading", { name: `Welcome, ${person.name}` }).waitFor();
}

export async function signOut(page: Page, person: Person): Promise<void> {
  await (await accountMenu(page, person)).getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

/** Password on the desktop, then the push step: resolves to the number the page shows. */
export async function signInUntilNumber(page: Page, person: Person): Promise<number> {
  if (!(await page.getByLabel("Email address").isVisible())) await page.goto("/");
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  return shownNumber(page);
}

/** The number the desktop's sign-in page shows once the request is out. */
export async function shownNumber(page: Page): Promise<number> {
  await page.getByRole("heading", { name: "Check your device" }).waitFor();
  const text = await page.getByTestId("push-number").innerText({ timeout: 15_000 });
  expect(text).toMatch(/^\d{2}$/);
  return Number(text);
}

/** What the settings' "Add an authenticator device" shows: the QR's address and the code. */
export interface Enrollment {
  /** What the QR code encodes (decoded from its image). */
  qrText: string;
  code: string;
  /** The address the phone opens: the QR's path and fragment on this server's origin. */
  phoneUrl: string;
}

/** Signed in on the desktop: settings, "Add an authenticator device", read the QR and the code. */
export async function beginEnrollment(page: Page, person: Person): Promise<Enrollment> {
  await (await accountMenu(page, person)).getByRole("link", { name: "Manage my profile" }).click();
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("link", { name: /Authenticator device/ }).click();
  await page.getByRole("heading", { name: "Add an authenticator device" }).waitFor();
  await page.getByRole("button", { name: "Continue" }).click();
  const code = (await page.getByTestId("enrollment-code").innerText()).trim();
  const qr = page.getByRole("img", { name: /QR code/ });
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  const qrText = await decodeQR(qr);
  const address = new URL(qrText);
  return {
    qrText,
    code,
    phoneUrl: new URL(`${address.pathname}${address.hash}`, page.url()).toString(),
  };
}

/** The desktop's settings once another device enrolled: the list names every device. */
export async function devicesListed(page: Page): Promise<string[]> {
  await page.getByText("Two-step verification is on").waitFor({ timeout: 15_000 });
  return page.locator(".factor-name").allInnerTexts();
}

/** The desktop's settings, once the phone enrolled: the backup codes (first method), then done. */
export async function finishEnrollment(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Your backup codes" }).waitFor({ timeout: 15_000 });
  await page.getByLabel("I have stored these codes").check();
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByText("Two-step verification is on").waitFor();
}

interface EnrollResult {
  deviceId: string;
}

/** Finds `deviceId` in a tRPC answer (`{"result":{"data":{...}}}`). */
function deviceIdIn(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const { deviceId } = body as Partial<EnrollResult>;
  if (typeof deviceId === "string") return deviceId;
  for (const value of Object.values(body)) {
    const found = deviceIdIn(value);
    if (found) return found;
  }
  return null;
}

/**
 * On the phone: opens the QR's address, checks the prefilled name, taps "Add this phone"; resolves
 * to the device id the server gave (read from the app's own `device.enroll` answer).
 */
export async function enrollPhone(
  phone: Page,
  enrollment: Enrollment,
  shot: (page: Page, step: string) => Promise<void>,
): Promise<{ deviceId: string; name: string }> {
  await phone.goto(enrollment.phoneUrl);
  const add = phone.getByRole("button", { name: "Add this phone" });
  await add.waitFor();
  const nameField = phone.getByLabel("Name of this phone");
  const name = await nameField.inputValue();
  await shot(phone, "enroll");
  const answer = phone.waitForResponse((r) => r.url().includes("device.enroll"));
  await add.click();
  const body: unknown = await (await answer).json();
  const deviceId = deviceIdIn(body);
  if (!deviceId)
    throw new Error(`device.enroll answered without a device id: ${JSON.stringify(body)}`);
  await phone.getByTestId("account-list").waitFor({ timeout: 15_000 });
  return { deviceId, name };
}
