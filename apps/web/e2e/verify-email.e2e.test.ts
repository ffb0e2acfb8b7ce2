// Signing up confirms the address: "Check your mail", a wrong code refused, and the mail's link
// that confirms the address and signs in (in another tab, as a mail app opens it).
import { readFile } from "node:fs/promises";
import { REASON_TEXT } from "@twofold/i18n";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON = {
  name: "Emmy Noether",
  email: `emmy.${Date.now()}@example.ch`,
  password: "invariant under symmetry",
};

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("verify-email");

beforeAll(async () => {
  stack = await startStack();
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
});

/** The link of the newest confirmation mail to `email`. */
async function mailedLink(email: string): Promise<string> {
  const lines = (await readFile(stack.mailOutbox, "utf8")).split("\n").filter(Boolean);
  const texts = lines
    .map((line) => JSON.parse(line) as { to: string; text: string })
    .filter((m) => m.to === email)
    .map((m) => /(\S+\/verify-email#\S+)/.exec(m.text)?.[1])
    .filter((link) => link !== undefined);
  const link = texts.at(-1);
  if (!link) throw new Error(`no confirmation link to ${email}`);
  return link;
}

describe("confirming the address of a new account", () => {
  it("asks for the code of the mail, and refuses a wrong one", async () => {
    await page.goto("/signup");
    await page.getByLabel("Your name").fill(PERSON.name);
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Check your mail" }).waitFor();
    await expectAccessible(page, "check your mail");
    await shot(page, "check-your-mail");
    const code = await waitForSignUpCode(stack.mailOutbox, PERSON.email);
    const wrong = code === "000000" ? "111111" : "000000";
    await page.getByLabel("Code from the mail").fill(wrong);
    await page.getByRole("button", { name: "Confirm and sign in" }).click();
    await page.getByText(REASON_TEXT.en.INVALID_CODE).waitFor();
    // Nobody is signed in: the account opens only with the mailed code.
    expect(await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).count()).toBe(0);
  });

  it("confirms the address from the mail's link and signs in", async () => {
    const link = new URL(await mailedLink(PERSON.email));
    const tab = await context.newPage();
    await tab.goto(`${link.pathname}${link.hash}`);
    await tab.getByRole("heading", { name: "Confirm your address" }).waitFor();
    await expectAccessible(tab, "confirm your address");
    await tab.getByRole("button", { name: "Confirm my address" }).click();
    await tab.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    await shot(tab, "confirmed");
  });
});
