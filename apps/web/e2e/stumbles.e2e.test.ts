// What a new user stumbled on (issue 26), each checked in a real Chromium against a real server.
import { rfc6238Code } from "@twofold/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../src/i18n/de";
import { en } from "../src/i18n/en";
import { fr } from "../src/i18n/fr";
import { it as italian } from "../src/i18n/it";
import { confirmWithPassword, openProfile, signUp } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";
import { smallTargets } from "./tap-targets";

const PERSON = {
  name: "Grace Hopper",
  email: `grace.${Date.now()}@example.ch`,
  password: "compiler flow-matic 1955",
};

let stack: Stack;
let page: Page;
const shot = screenshots("stumbles");
const s = en.stumbles;

beforeAll(async () => {
  stack = await startStack();
  ({ page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
});

/** The settings pages a phone opens, the new application password's form included. */
const PHONE_PAGES = [
  "/",
  "/profile",
  "/profile/two-step",
  "/profile/two-step/add/otp-app",
  "/profile/sessions",
  "/profile/app-passwords",
  "/profile/app-passwords/new",
  "/profile/browser-launch",
  "/profile/password",
  "/profile/security-log",
  "/profile/recovery-contacts",
];

const alerts = (): Promise<string[]> => page.getByRole("alert").allInnerTexts();

async function openTwoStep(): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("heading", { name: "Two-step verification", level: 1 }).waitFor();
}

describe("the stumbles of a new user", () => {
  it("sign-up's strength meter says why a password is weak, and the server refuses it", async () => {
    const p = en.passwords;
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Ada Lovelace");
    await page.getByLabel("Email address").fill(`ada.${Date.now()}@example.ch`);
    const password = page.getByLabel("Password");
    const meter = page.getByRole("meter", { name: p.meter });
    const strength = page.getByTestId("password-strength");
    await password.fill("aaaaaaaaaa");
    await expect.poll(() => strength.innerText()).toContain(p.hints.repeated);
    expect(await meter.getAttribute("aria-valuetext")).toBe(p.levels[0]);
    await password.fill("copper glacier banjo thistle");
    await expect.poll(() => strength.innerText()).toContain(p.accepted);
    // What the meter only advises, the server decides: the same estimator, the same words.
    await password.fill("password1234");
    await expect.poll(() => strength.innerText()).toContain(p.hints.common);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(alerts).toContain(`${en.reasons.PASSWORD_TOO_WEAK} ${p.hints.common}`);
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "sign-up weak password");
  });

  it("sign-up names the field that is wrong and stops an address at its limit", async () => {
    await page.goto("/signup");
    await page.getByLabel("Your name").fill(PERSON.name);
    const email = page.getByLabel("Email address");
    await email.fill(`${"a".repeat(4990)}@example.ch`);
    expect((await email.inputValue()).length).toBeLessThanOrEqual(254);
    expect(await page.getByTestId("field-count").innerText()).toBe(s.atLimit(254));
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(alerts).toContain(s.email("Email address"));
    expect(await alerts()).not.toContain(en.reasons.INVALID_INPUT);
    await shot(page, "sign-up-email-limit");

    await email.fill("ann@");
    // The alert goes as soon as its field changes.
    expect((await alerts()).join("")).toBe("");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(alerts).toContain(s.email("Email address"));
    await signUp(page, PERSON, stack);
  });

  it("an empty or overlong method name says which field and why; the limit shows", async () => {
    await openTwoStep();
    await page.getByRole("link", { name: /Authenticator app/ }).click();
    const name = page.getByLabel("Name of this method");
    await name.fill("");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect.poll(alerts).toContain(s.empty("Name of this method"));
    expect(await name.getAttribute("aria-invalid")).toBe("true");

    await name.fill("x".repeat(217));
    expect((await name.inputValue()).length).toBe(64);
    expect(await page.getByTestId("field-count").innerText()).toBe(s.atLimit(64));
    expect((await alerts()).join("")).toBe("");
    await shot(page, "name-limit");

    // The default name kept.
    await name.fill("Authenticator app");
    await page.getByRole("button", { name: "Continue" }).click();
    const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill(rfc6238Code(secret, new Date()));
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
    await page.getByLabel("I have stored these codes").check();
    await page.getByRole("button", { name: "Done" }).click();
    await page.getByText("Two-step verification is on").waitFor();
  });

  it("a method card with its default name says 'Authenticator app' once", async () => {
    const card = page.locator(".factor").first();
    const text = await card.locator(".factor-main").innerText();
    expect(text.split("Authenticator app")).toHaveLength(2);
  });

  it("renaming to nothing names the field instead of 'Something in the form'", async () => {
    await page.getByRole("button", { name: "Rename: Authenticator app" }).click();
    await page.getByLabel("New name for Authenticator app").fill("   ");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(alerts).toContain(s.empty("New name for Authenticator app"));
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await alerts()).join("")).toBe("");
  });

  it("the session entry reads 'This browser' apart from the browser's name", async () => {
    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Where you're signed in/ }).click();
    const current = page.locator(".factor.current .factor-name");
    const text = (await current.textContent()) ?? "";
    expect(text).toMatch(/\S, This browser$/);
  });

  it("the application-password form drops its alert once the field is fixed", async () => {
    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Application passwords/ }).click();
    await page.getByRole("link", { name: "Create an application password" }).click();
    await page.getByRole("button", { name: "Create" }).click();
    await expect.poll(alerts).toContain(en.appPasswords.noName);
    await page.getByLabel(en.appPasswords.nameLabel).fill("Thunderbird");
    expect((await alerts()).join("")).toBe("");
  });

  it("every tap target of the settings is at least 24 by 24 px on a phone", async () => {
    const phone = await newPage(stack, { width: 390 });
    try {
      await phone.page.context().addCookies(await page.context().cookies());
      const small: string[] = [];
      for (const path of PHONE_PAGES) {
        await phone.page.goto(path);
        await phone.page.locator("h1").waitFor();
        small.push(...(await smallTargets(phone.page)).map((target) => `${path}: ${target}`));
      }
      expect(small).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });

  it("the breadcrumb is named in each language", async () => {
    await openTwoStep();
    for (const [code, t] of [
      ["fr", fr],
      ["de", de],
      ["it", italian],
      ["en", en],
    ] as const) {
      await page.locator("select").first().selectOption(code);
      await page.getByRole("navigation", { name: t.stumbles.breadcrumb }).waitFor();
    }
  });

  it("removing the last method asks for the password, as turning two-step off does", async () => {
    await page.getByRole("button", { name: "Remove: Authenticator app" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm it is you" });
    await dialog.getByText(s.removeLast("Authenticator app")).waitFor();
    await expectAccessible(page, "remove the last method");
    await shot(page, "remove-last");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await page.locator(".factor-name").allInnerTexts()).toEqual(["Authenticator app"]);

    await page.getByRole("button", { name: "Remove: Authenticator app" }).click();
    await confirmWithPassword(page, PERSON.password);
    await page.getByText("Two-step verification is off", { exact: true }).waitFor();
  });
});
