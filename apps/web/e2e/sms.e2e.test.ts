// Codes by text message in a real Chromium against a real server, read from its SMS outbox.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REASON_TEXT } from "@twofold/i18n";
import type { BrowserContext, Page } from "playwright-core";
import { fr } from "../src/i18n/fr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmWithPassword, signUp } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON = {
  name: "Grace Hopper",
  email: `grace.${Date.now()}@example.ch`,
  password: "compiler cobol 1959",
};
const MASKED = "+41 79 *** ** 67";
const MASKED_FR = "+33 6 ** ** ** 78";

let stack: Stack;
let context: BrowserContext;
let page: Page;
const outboxDir = mkdtempSync(join(tmpdir(), "twofold-sms-e2e-"));
const OUTBOX = join(outboxDir, "sms-outbox.jsonl");
const shot = screenshots("sms");

beforeAll(async () => {
  stack = await startStack({ TWOFOLD_SMS_OUTBOX: OUTBOX });
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
  rmSync(outboxDir, { recursive: true, force: true });
});

interface OutboxEntry {
  sentAt: string;
  to: string;
  body: string;
}

/** What the server "sent" so far, oldest first. */
function outbox(): OutboxEntry[] {
  let text = "";
  try {
    text = readFileSync(OUTBOX, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as OutboxEntry);
}

/** Waits for the message after the `before` first ones and reads its code from the WebOTP line. */
async function nextCode(before: number): Promise<{ to: string; code: string }> {
  await expect.poll(() => outbox().length).toBe(before + 1);
  const message = outbox()[before];
  const code = /^@[^\s#]+ #(\d{6})$/m.exec(message?.body ?? "")?.[1];
  if (!message || !code) throw new Error(`no code in ${JSON.stringify(message)}`);
  expect(message.body).toContain(`Your Twofold code is ${code}.`);
  return { to: message.to, code };
}

async function alerts(): Promise<string[]> {
  return page.getByRole("alert").allInnerTexts();
}

async function accountMenu() {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: PERSON.name });
}

describe("codes by text message in the browser", () => {
  it("signs up", async () => {
    await signUp(page, PERSON, stack);
  });

  it("offers SMS among the methods, says it is the weakest, and refuses a UK number", async () => {
    await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
    await page.getByRole("link", { name: /Two-step verification/ }).click();
    await page.getByRole("link", { name: /Text message \(SMS\)/ }).click();
    await page.getByRole("heading", { name: "Add a mobile phone for text messages" }).waitFor();
    await page.getByRole("heading", { name: "Text messages are the weakest method" }).waitFor();
    expect(await page.getByRole("link", { name: "Add a security key" }).count()).toBe(1);

    // An English browser in Britain: Switzerland, the fallback, is chosen.
    const country = page.getByLabel("Country");
    expect(await country.inputValue()).toBe("CH");
    expect(await country.locator("option").allInnerTexts()).toEqual([
      "Switzerland (+41)",
      "France (+33)",
      "Belgium (+32)",
      "Germany (+49)",
    ]);
    const phone = page.getByLabel("Mobile number");
    expect(await phone.getAttribute("type")).toBe("tel");
    expect(await phone.getAttribute("autocomplete")).toBe("tel");
    // Focus is on the title: the warning is read before the form.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await expectAccessible(page, "add SMS");
    await shot(page, "add-sms");

    await phone.fill("+44 7700 900123");
    await page.getByRole("button", { name: "Send a code" }).click();
    await expect.poll(alerts).toContain(REASON_TEXT.en.COUNTRY_NOT_SUPPORTED);
    expect(await phone.inputValue()).toBe("+44 7700 900123");
    expect(await phone.getAttribute("aria-invalid")).toBe("true");
    expect(outbox()).toEqual([]);
    await expectAccessible(page, "add SMS (refused)");
    await shot(page, "add-sms-refused");
  });

  it("adds a Swiss number written nationally: code, a new code, backup codes", async () => {
    await page.getByLabel("Country").selectOption("CH");
    await page.getByLabel("Mobile number").fill("079 123 45 67");
    await page.getByRole("button", { name: "Send a code" }).click();
    await page.getByRole("heading", { name: `We sent a code to ${MASKED}` }).waitFor();
    const first = await nextCode(0);
    expect(first.to).toBe("+41791234567");

    const field = page.getByLabel("Code from the text message");
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
    expect(await field.getAttribute("inputmode")).toBe("numeric");
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(page, "confirm SMS");
    await shot(page, "confirm-sms");

    // A wrong code is refused in words, and stays in the field to be corrected.
    const wrong = first.code === "000000" ? "111111" : "000000";
    await field.fill(wrong);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(alerts).toContain(REASON_TEXT.en.INVALID_CODE);
    expect(await field.inputValue()).toBe(wrong);

    // A new code ends the first one.
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("A new code was sent. The previous one no longer works.");
    const second = await nextCode(1);
    if (second.code !== first.code) {
      await page.getByLabel("Code from the text message").fill(first.code);
      await page.getByRole("button", { name: "Confirm" }).click();
      await expect.poll(alerts).toContain(REASON_TEXT.en.INVALID_CODE);
    }
    await page.getByLabel("Code from the text message").fill(second.code);
    await page.getByRole("button", { name: "Confirm" }).click();

    await page.getByRole("heading", { name: "Your backup codes" }).waitFor();
    expect(await page.locator(".code-grid code").count()).toBe(10);
    await shot(page, "backup-codes");
    await page.getByLabel("I have stored these codes").check();
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByText("Two-step verification is on").waitFor();
    await expect.poll(() => page.locator(".factor-name").allInnerTexts()).toEqual([MASKED]);
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${MASKED} was added.`);
    await page.getByRole("heading", { name: "Text messages are the weakest method" }).waitFor();
    expect(await page.getByRole("link", { name: "Add an authenticator app" }).count()).toBe(1);
    await expectAccessible(page, "settings with SMS");
    await shot(page, "settings-sms");
  });

  it("adds a French number written with its country code: no backup codes this time", async () => {
    await page.getByRole("link", { name: /Text message \(SMS\)/ }).click();
    // The country picked does not matter for a number written with its own country code.
    await page.getByLabel("Mobile number").fill("0033 6 12 34 56 78");
    await page.getByRole("button", { name: "Send a code" }).click();
    await page.getByRole("heading", { name: `We sent a code to ${MASKED_FR}` }).waitFor();
    expect((await nextCode(2)).to).toBe("+33612345678");
    // Back to the number: as typed, and focused.
    await page.getByRole("button", { name: "Change the number" }).click();
    const phone = page.getByLabel("Mobile number");
    expect(await phone.inputValue()).toBe("0033 6 12 34 56 78");
    expect(await phone.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "Send a code" }).click();
    await page.getByRole("heading", { name: `We sent a code to ${MASKED_FR}` }).waitFor();
    const { to, code } = await nextCode(3);
    expect(to).toBe("+33612345678");
    await page.getByLabel("Code from the text message").fill(code);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => page.locator(".factor-name").allInnerTexts())
      .toEqual(expect.arrayContaining([MASKED, MASKED_FR]));
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(`${MASKED_FR} was added.`);
  });

  it("signs in with the password and a code sent by SMS, to the number chosen", async () => {
    await (await accountMenu()).getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Get a code by text message" }).waitFor();
    // Nothing is sent before the person asks.
    expect(outbox()).toHaveLength(4);
    await expectAccessible(page, "second factor SMS");
    await shot(page, "second-factor-sms");

    await page.getByRole("button", { name: "Send a code by SMS" }).click();
    const first = await nextCode(4);
    const [sentTo, other] = first.to === "+41791234567" ? [MASKED, MASKED_FR] : [MASKED_FR, MASKED];
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContainEqual(expect.stringContaining(`Code sent to ${sentTo}.`));
    const field = page.getByLabel("Code from the text message");
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
    const others = page.getByRole("group", { name: "Send to another number" });
    expect(await others.getByRole("button").allInnerTexts()).toEqual([other]);
    await expectAccessible(page, "second factor SMS (sent)");
    await shot(page, "second-factor-sms-sent");

    // The other number: a new code there, the first one ends.
    await others.getByRole("button", { name: other }).click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContainEqual(expect.stringContaining(`A new code was sent to ${other};`));
    const second = await nextCode(5);
    expect(second.to).not.toBe(first.to);
    if (second.code !== first.code) {
      await page.getByLabel("Code from the text message").fill(first.code);
      await page.getByRole("button", { name: "Verify" }).click();
      await expect.poll(alerts).toContain(REASON_TEXT.en.INVALID_CODE);
    }
    await page.getByLabel("Code from the text message").fill(second.code);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
  });

  it("renames and removes the number like any method", async () => {
    await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
    await page.getByRole("link", { name: /Two-step verification/ }).click();
    await page.getByRole("button", { name: `Rename: ${MASKED}` }).click();
    await page.getByLabel(`New name for ${MASKED}`).fill("Work mobile");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator(".factor-name").allInnerTexts())
      .toEqual(["Work mobile", MASKED_FR]);
    expect(await page.locator(".factor-dates dd").allInnerTexts()).toContain(MASKED);

    for (const name of ["Work mobile", MASKED_FR]) {
      await page.getByRole("button", { name: `Remove: ${name}` }).click();
      if (name === "Work mobile")
        await page
          .getByRole("dialog", { name: `Remove ${name}?` })
          .getByRole("button", { name: "Remove" })
          .click();
      else {
        // The last method: removing it turns two-step off, confirmed with the password.
        await confirmWithPassword(page, PERSON.password);
      }
      await expect
        .poll(() => page.getByRole("status").allInnerTexts())
        .toContain(`${name} was removed.`);
    }
    await page.getByText("Two-step verification is off", { exact: true }).waitFor();
    expect(await page.getByText("Text messages are the weakest method").count()).toBe(0);
    await context.close();
  });

  it("in a Belgian French browser, speaks French and picks Belgium", async () => {
    const belgian = await newPage(stack, { locale: "fr-BE", width: 390 });
    const p = belgian.page;
    await p.goto("/signin");
    await p.getByLabel(fr.signIn.email).fill(PERSON.email);
    await p.getByLabel(fr.signIn.password, { exact: true }).fill(PERSON.password);
    await p.getByRole("button", { name: fr.signIn.submit, exact: true }).click();
    await p.getByRole("heading", { name: fr.home.greeting(PERSON.name) }).waitFor();
    await p.goto("/profile/two-step/add/sms");
    await p.getByRole("heading", { name: fr.addSMS.title }).waitFor();
    await p.getByRole("heading", { name: fr.sms.weakTitle }).waitFor();
    expect(await p.getByLabel(fr.addSMS.countryLabel).inputValue()).toBe("BE");
    await p.getByLabel(fr.addSMS.phoneLabel).fill("0470 12");
    await p.getByRole("button", { name: fr.addSMS.send }).click();
    await expect
      .poll(() => p.getByRole("alert").allInnerTexts())
      .toContain(fr.reasons.INVALID_PHONE_NUMBER);
    await expectAccessible(p, "add SMS (fr, phone)");
    await shot(p, "add-sms-fr-phone");
    await belgian.context.close();
  });
});
