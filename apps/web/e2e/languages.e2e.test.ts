// A person reads Twofold in their language, on a phone as on a desktop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { de } from "../src/i18n/de";
import { en } from "../src/i18n/en";
import { fr } from "../src/i18n/fr";
import { it as italian } from "../src/i18n/it";
import {
  expectAccessible,
  newPage,
  screenshots,
  startStack,
  type Stack,
  confirmAddress,
} from "./harness";

let stack: Stack;
const shot = screenshots("languages");

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe("languages and screen sizes", () => {
  it("speaks the browser's language (fr-CH -> French) and remembers a switch to German", async () => {
    const { page, context } = await newPage(stack, { locale: "fr-CH" });
    await page.goto("/");
    await page.getByRole("heading", { name: fr.signIn.title }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await shot(page, "sign-in-fr");

    await page.getByLabel(fr.app.language).selectOption("de");
    await page.getByRole("heading", { name: de.signIn.title }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: de.signIn.title }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("de");

    // Reasons come back as sentences in the chosen language.
    await page.getByLabel(de.signIn.email).fill("niemand@example.de");
    await page.getByLabel(de.signIn.password, { exact: true }).fill("falsches passwort 123");
    await page.getByRole("button", { name: de.signIn.submit, exact: true }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain(de.reasons.INVALID_CREDENTIALS);
    await shot(page, "wrong-password-de");
    await context.close();
  });

  it("writes dates the Italian way, and fits a phone's width without sideways scrolling", async () => {
    const { page, context } = await newPage(stack, { locale: "it-IT", width: 360 });
    await page.goto("/signup");
    await page.getByRole("heading", { name: italian.signUp.title }).waitFor();
    await expectAccessible(page, "sign-up (it, phone)");
    await page.getByLabel(italian.signUp.name).fill("Giulia Rossi");
    const email = `giulia.${Date.now()}@example.it`;
    await page.getByLabel(italian.signUp.email).fill(email);
    await page
      .getByLabel(italian.signUp.password, { exact: true })
      .fill("una frase lunga e segreta");
    await page.getByRole("button", { name: italian.signUp.submit }).click();
    await confirmAddress(page, stack, email, {
      title: italian.verifyEmail.title,
      code: italian.verifyEmail.codeLabel,
      submit: italian.verifyEmail.submit,
    });
    await page.getByRole("heading", { name: italian.home.greeting("Giulia Rossi") }).waitFor();

    await page.getByRole("button", { name: italian.menu.open("Giulia Rossi") }).click();
    await page.getByRole("link", { name: italian.menu.manageProfile }).first().click();
    await page.getByRole("heading", { name: italian.profile.title }).waitFor();
    const today = new Intl.DateTimeFormat("it", { dateStyle: "long" }).format(new Date());
    expect(await page.locator(".facts").innerText()).toContain(today);
    expect(today).toMatch(/[a-z]+ \d{4}$/); // "28 novembre 2026": the month as a word

    for (const path of ["/profile", "/profile/two-step", "/profile/two-step/add/otp-app"]) {
      await page.goto(path);
      await page.locator("h1").first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await shot(page, "add-otp-app-it-phone");
    await context.close();
  });
  it("loads only the language it shows, and says so when a page's script cannot arrive", async () => {
    const { page, context } = await newPage(stack, { locale: "en-GB" });
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await page.getByRole("heading", { name: en.signIn.title }).waitFor();
    // English is in the first page's script; French, German and Italian stay on the server.
    expect(scripts.filter((path) => /\/assets\/(fr|de|it)-[\w-]+\.js$/.test(path))).toEqual([]);

    // The sign-up page's script does not arrive (the server was updated since the tab opened).
    await page.route(/\/assets\/SignUp-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole("link", { name: en.signIn.createAccount }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain(`${en.app.offline}\n${en.app.retry}`);
    await shot(page, "page-script-missing");
    await page.unroute(/\/assets\/SignUp-[\w-]+\.js$/);
    await page.getByRole("button", { name: en.app.retry }).click();
    await page.getByRole("heading", { name: en.signUp.title }).waitFor();
    await context.close();
  });
});
