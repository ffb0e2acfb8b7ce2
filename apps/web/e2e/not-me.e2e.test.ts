// "This wasn't me" from a notification email, in a real Chromium against a real server whose
// emails land in an outbox file: the link's page does nothing until asked, then every session
// ends and the next sign-in asks for a new password first.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REASON_TEXT } from "@twofold/i18n";
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signUpWithOTPApp, typePassword, type Person } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Katherine Johnson",
  email: `katherine.${Date.now()}@example.ch`,
  password: "orbital mechanics by hand",
};
const NEW_PASSWORD = "friendship seven re-entry";
const METHOD_ADDED = "Twofold: A two-step method was added";
/** Its link ends sessions and asks for a new password, and leaves the methods as they are. */
const CODES_MADE = "Twofold: New backup codes were made";

const outboxDir = mkdtempSync(join(tmpdir(), "twofold-mail-e2e-"));
const OUTBOX = join(outboxDir, "mail-outbox.jsonl");
let stack: Stack;
/** The browser that signed up: its session is the one "This wasn't me" must end. */
let old: { context: BrowserContext; page: Page };
/** Another browser, signed out, where the person opens the email's link. */
let fresh: { context: BrowserContext; page: Page };
const shot = screenshots("not-me");
let secret = "";
let link = "";

beforeAll(async () => {
  stack = await startStack({ TWOFOLD_MAIL_OUTBOX: OUTBOX });
  // Each browser tells the server its time zone: the emails write times in the latest one.
  old = await newPage(stack, { timeZone: "Europe/Zurich" });
  fresh = await newPage(stack, { timeZone: "America/New_York" });
});
afterAll(async () => {
  await stack?.close();
  rmSync(outboxDir, { recursive: true, force: true });
});

interface Mail {
  sentAt: string;
  to: string;
  subject: string;
  text: string;
}

/** What the server "sent" so far, oldest first (a JSON object a line). */
function outbox(): Mail[] {
  let text = "";
  try {
    text = readFileSync(OUTBOX, "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Mail);
}

/** Emails go out from a background worker within about a second of the event. */
async function mailWith(subject: string): Promise<Mail> {
  const find = (): Mail | undefined =>
    outbox().find((m) => m.to === PERSON.email && m.subject === subject);
  await expect.poll(() => find() !== undefined, { timeout: 15_000 }).toBe(true);
  const mail = find();
  if (!mail) throw new Error(`no email "${subject}"`);
  return mail;
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, level: 1 });

describe("this wasn't me", () => {
  it("signs up with an OTP app and gets an email with a 'this wasn't me' link", async () => {
    ({ secret } = await signUpWithOTPApp(old.page, PERSON, stack));
    const mail = await mailWith(METHOD_ADDED);
    // The method by the name the settings give it, the time in the zone of the sign-up.
    expect(mail.text).toContain("Details: Authenticator app “Pixel phone”.");
    expect(mail.text).toMatch(/When: \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \(Europe\/Zurich\)/);
    expect(mail.text).not.toMatch(/\btotp\b/);
    // The added method's own link would remove it (the OTP app this test signs in with).
    const codes = await mailWith(CODES_MADE);
    link = /https?:\/\/\S+\/not-me\?token=\S+/.exec(codes.text)?.[0] ?? "";
    expect(link).not.toBe("");
  });

  it("opens the link signed out: the page explains, and opening it changes nothing", async () => {
    await fresh.page.goto(link);
    await heading(fresh.page, "This wasn't me").waitFor();
    const card = await fresh.page.locator(".not-me").innerText();
    expect(card).toContain("Every browser and device signed in to your account is signed out");
    expect(card).toContain("Trusted browsers are forgotten");
    expect(card).toContain("All application passwords are revoked");
    expect(card).toContain("you choose a new password");
    await expectAccessible(fresh.page, "not me");
    await shot(fresh.page, "not-me");

    // A mail scanner fetching the link does what this GET did: nothing.
    await old.page.reload();
    await heading(old.page, "Two-step verification").waitFor();
  });

  it("ends every session when asked", async () => {
    await fresh.page
      .getByRole("button", { name: "Sign out everywhere and secure my account" })
      .click();
    await heading(fresh.page, "Your account is secured").waitFor();
    await expect
      .poll(() => fresh.page.getByRole("status").allInnerTexts())
      .toContain(
        "1 session was signed out. Trusted browsers were forgotten and application passwords revoked.",
      );
    await expectAccessible(fresh.page, "not me done");
    await shot(fresh.page, "not-me-done");

    await old.page.reload();
    await heading(old.page, "Sign in").waitFor();
    expect(new URL(old.page.url()).pathname).toBe("/signin");
    await mailWith("Twofold: All your sessions were ended");
  });

  it("says clearly when a link is not valid", async () => {
    const { page, context } = await newPage(stack);
    await page.goto("/not-me?token=not-a-real-token");
    await page.getByRole("button", { name: "Sign out everywhere and secure my account" }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain(REASON_TEXT.en.LINK_INVALID);
    await page.getByText("Links in security emails work for 7 days.").waitFor();
    await shot(page, "not-me-invalid");
    await page.goto("/not-me");
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain(REASON_TEXT.en.LINK_INVALID);
    await context.close();
  });

  it("signs in again and asks for a new password before anything else", async () => {
    const page = fresh.page;
    await page.getByRole("link", { name: "Sign in" }).click();
    await heading(page, "Sign in").waitFor();
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    await page
      .getByLabel("Code from your authenticator app")
      .fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await page.getByRole("button", { name: "Verify" }).click();

    await heading(page, "Choose a new password first").waitFor();
    expect(new URL(page.url()).pathname).toBe("/profile/password");
    expect(await page.getByTestId("password-required").innerText()).toContain(
      "Someone else may know your password",
    );
    await expectAccessible(page, "password change required");
    await shot(page, "password-required");

    // Another page is not open yet (on the link's origin: the session cookie is of that host).
    await page.goto(new URL("/profile/two-step", link).href);
    await heading(page, "Choose a new password first").waitFor();
    expect(new URL(page.url()).pathname).toBe("/profile/password");

    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain(
        "Your password was changed. Your new password is set. Look through your security log for anything else you did not do.",
      );
    PERSON.password = NEW_PASSWORD;
    await shot(page, "password-changed");
    // This browser's zone, sent after its sign-in, is the one the emails now write in.
    const changed = await mailWith("Twofold: Your password was changed");
    expect(changed.text).toContain("(America/New_York)");
  });

  it("shows the report in the security log", async () => {
    const page = fresh.page;
    await openProfile(page, PERSON);
    await page.getByRole("link", { name: /Security log/ }).click();
    await heading(page, "Security log").waitFor();
    await expect
      .poll(() => page.locator(".log-text").allInnerTexts())
      .toContain("“This wasn't me” reported: 1 session ended.");
    expect(await page.locator(".log-text").allInnerTexts()).toContain("Password changed.");
    await shot(page, "security-log-after");
  });
});
