// Requests that end without this phone's answer: another device of the account answered, or the
// request expired. Two phones on one account; requests live 10 s here (60 s by default), so the
// test can watch one expire.
import { REASON_TEXT } from "@twofold/i18n";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  beginEnrollment,
  devicesListed,
  enrollPhone,
  finishEnrollment,
  newPerson,
  shownNumber,
  signInUntilNumber,
  signOut,
  signUp,
} from "./flows";
import { newDesktop, newPhone, screenshots, startStack, type Stack } from "./harness";

const person = newPerson("Mary Jackson");
let stack: Stack;
let desktop: Page;
let phone: Page;
let tablet: Page;
const shot = screenshots("states");

beforeAll(async () => {
  stack = await startStack({ TWOFOLD_PUSH_TTL_SECONDS: "10" });
  ({ page: desktop } = await newDesktop(stack));
  ({ page: phone } = await newPhone(stack));
  ({ page: tablet } = await newPhone(stack));
});
afterAll(async () => {
  await stack?.close();
});

const isThisYou = (page: Page) => page.getByRole("heading", { name: "Is this you?" });

describe("requests that end elsewhere", () => {
  it("enrolls two phones on one account", async () => {
    await signUp(desktop, person, stack.mailOutbox);
    await enrollPhone(phone, await beginEnrollment(desktop, person), shot);
    await finishEnrollment(desktop);
    await enrollPhone(tablet, await beginEnrollment(desktop, person), shot);
    await expect.poll(() => devicesListed(desktop), { timeout: 15_000 }).toHaveLength(2);
  });

  it("another device answered: the request leaves the other phone, saying so", async () => {
    await signOut(desktop, person);
    const number = await signInUntilNumber(desktop, person);
    await isThisYou(phone).waitFor({ timeout: 15_000 });
    await isThisYou(tablet).waitFor({ timeout: 15_000 });
    await tablet.getByRole("button", { name: "Yes", exact: true }).click();
    const field = tablet.getByLabel("Number shown on the sign-in page");
    await field.fill(String(number));
    await tablet.getByRole("button", { name: "Approve" }).click();
    await desktop.getByRole("heading", { name: `Welcome, ${person.name}` }).waitFor({
      timeout: 15_000,
    });
    await phone.getByText("Another device answered this sign-in.").waitFor({ timeout: 15_000 });
    expect(await isThisYou(phone).count()).toBe(0);
    await shot(phone, "answered-elsewhere");
  });

  it("a request nobody answers expires: it leaves the screen, saying so", async () => {
    await signOut(desktop, person);
    await signInUntilNumber(desktop, person);
    await isThisYou(phone).waitFor({ timeout: 15_000 });
    await shot(phone, "before-expiry");
    await phone.getByText("This sign-in request expired.").waitFor({ timeout: 30_000 });
    expect(await isThisYou(phone).count()).toBe(0);
    await expect
      .poll(() => desktop.getByRole("alert").allInnerTexts(), { timeout: 15_000 })
      .toContain(REASON_TEXT.en.PUSH_EXPIRED);
    await shot(phone, "expired");
  });

  it("a phone removes its account: it forgets it, the account lists only the other phone, and requests go there", async () => {
    await tablet.getByRole("button", { name: `Remove from this phone: ${person.email}` }).click();
    await tablet.getByRole("button", { name: "Remove", exact: true }).click();
    await tablet.getByText(`${person.email} was removed from this phone.`).waitFor({
      timeout: 15_000,
    });
    expect(await tablet.getByTestId("account-list").count()).toBe(0);
    await shot(tablet, "removed");

    await desktop.getByRole("button", { name: "Send a new request" }).click();
    const number = await shownNumber(desktop);
    await isThisYou(phone).waitFor({ timeout: 15_000 });
    await phone.getByRole("button", { name: "Yes", exact: true }).click();
    await phone.getByLabel("Number shown on the sign-in page").fill(String(number));
    await phone.getByRole("button", { name: "Approve" }).click();
    await desktop.getByRole("heading", { name: `Welcome, ${person.name}` }).waitFor({
      timeout: 15_000,
    });
    expect(await isThisYou(tablet).count()).toBe(0);
    await desktop.goto("/profile/two-step");
    expect(await devicesListed(desktop)).toHaveLength(1);
    await shot(desktop, "one-device-left");
  });

  it("a recovery started elsewhere shows on the phone, which cancels it in one tap", async () => {
    // Someone with the password and a browser that signed in before starts a recovery...
    await signOut(desktop, person);
    await desktop.goto("/recover");
    await desktop.getByLabel("Email address").fill(person.email);
    await desktop.getByLabel("Password", { exact: true }).fill(person.password);
    await desktop.getByLabel(/This browser/).check();
    await desktop.getByRole("button", { name: "Start the recovery" }).click();
    await desktop.getByRole("heading", { name: "The recovery has started" }).waitFor();
    // ...and the owner's phone shows it, with the way to end it.
    await phone.reload();
    const pending = phone.getByTestId("pending-recovery");
    await pending.waitFor({ timeout: 15_000 });
    await shot(phone, "pending-recovery");
    await pending.getByRole("button", { name: "Cancel this recovery" }).click();
    await phone.getByText("The recovery was cancelled.").waitFor({ timeout: 15_000 });
    await phone.reload();
    await phone.getByTestId("account-list").waitFor({ timeout: 15_000 });
    expect(await phone.getByTestId("pending-recovery").count()).toBe(0);
  });
});
