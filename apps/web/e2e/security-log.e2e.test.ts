// The security log in a real Chromium against a real server: sentences, not event names, with
// the browser, the address and the time; older pages on demand; the person's language; one
// group at a time (kept in the address); the whole log downloaded, and checked as anyone could.
import { readFile } from "node:fs/promises";
import { describeEvent } from "@twofold/i18n";
import { verifyExport } from "@twofold/test-stack";
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fr } from "../src/i18n/fr";
import { openProfile, signOut, signUpWithOTPApp, typePassword, type Person } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Hedy Lamarr",
  email: `hedy.${Date.now()}@example.ch`,
  password: "frequency hopping 1942",
};
/** Headless Chromium on Linux, as the server names it. */
const THIS_BROWSER = "Chrome on Linux";
/** An event's type as the server names it (`sign_in_succeeded`): never shown to a person. */
const RAW_TYPE = /\b[a-z]+(?:_[a-z]+)+\b/;

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("security-log");
let secret = "";

beforeAll(async () => {
  // Behind a trusted proxy, from ETH Zurich's network: each event says where it came from.
  stack = await startStack({ TWOFOLD_TRUST_PROXY: "true" });
  ({ context, page } = await newPage(stack, { headers: { "x-forwarded-for": "129.132.1.1" } }));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

const events = (): Promise<string[]> => page.getByTestId("log-event").allInnerTexts();
const sentences = (): Promise<string[]> => page.locator(".log-text").allInnerTexts();

async function openLog(): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: /Security log/ }).click();
  await page.getByRole("heading", { name: "Security log", level: 1 }).waitFor();
  await page.getByTestId("log-event").first().waitFor();
}

describe("security log", () => {
  it("signs up, turns on an OTP app, and signs in again after a wrong code", async () => {
    ({ secret } = await signUpWithOTPApp(page, PERSON, stack));
    await signOut(page, PERSON);
    await typePassword(page, PERSON);
    await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
    const next = rfc6238Code(secret, new Date(Date.now() + 30_000));
    await page
      .getByLabel("Code from your authenticator app")
      .fill(next === "000000" ? "111111" : "000000");
    await page.getByRole("button", { name: "Verify" }).click();
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain("This code is wrong. Check it and try again.");
    await page.getByLabel("Code from your authenticator app").fill(next);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
  });

  it("tells each event as a sentence, newest first, with browser, address and time", async () => {
    await openLog();
    expect(await sentences()).toEqual([
      "Signed in with the authenticator app “Pixel phone”.",
      "Second step failed with the authenticator app.",
      "Password accepted; the second step was asked.",
      "Signed out.",
      "10 new backup codes made.",
      "Two-step verification turned on.",
      "Authenticator app “Pixel phone” added.",
      "Address confirmed; signed in.",
      "Account created.",
    ]);
    const all = await events();
    for (const text of all) {
      expect(text).not.toMatch(RAW_TYPE);
      expect(text).toContain(THIS_BROWSER);
      expect(text).toContain("IP address 129.132.1.1 (near Zurich, CH)");
      expect(text).toMatch(/\d{1,2}:\d{2}/);
    }
    // One day, headed by its date in the person's language.
    const today = new Intl.DateTimeFormat("en", { dateStyle: "full" }).format(new Date());
    expect(await page.locator(".log-day h2").allInnerTexts()).toEqual([today]);
    await page.getByText("This is the start of your security log.").waitFor();
    expect(await page.getByTestId("geo-attribution").innerText()).toBe("IP geolocation by DB-IP");
    await expectAccessible(page, "security log");
    await shot(page, "security-log");
  });

  it("speaks French once the person switches, and writes the account's emails in it", async () => {
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { name: fr.securityLog.title, level: 1 }).waitFor();
    const signedIn = describeEvent("fr", {
      type: "sign_in_succeeded",
      detail: { factor: "totp", label: "Pixel phone" },
    });
    await expect.poll(sentences).toContain(signedIn);
    expect((await events())[0]).toContain("Adresse IP");
    // The language of the emails follows: `me` says so.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const answer = (await (await fetch("/trpc/auth.me")).json()) as {
            result?: { data?: { user?: { locale?: string } } };
          };
          return answer.result?.data?.user?.locale;
        }),
      )
      .toBe("fr");
    await shot(page, "security-log-fr");
    await page.getByLabel(fr.app.language).selectOption("en");
    await page.getByRole("heading", { name: "Security log", level: 1 }).waitFor();
  });

  it("shows one group of events at a time, kept in the address", async () => {
    await page.getByLabel("Show").selectOption({ label: "Two-step methods" });
    await expect
      .poll(sentences)
      .toEqual([
        "10 new backup codes made.",
        "Two-step verification turned on.",
        "Authenticator app “Pixel phone” added.",
      ]);
    expect(new URL(page.url()).search).toBe("?kind=methods");
    await page.reload();
    await page.getByRole("heading", { name: "Security log", level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId("log-event").count()).toBe(3);
    expect(await page.getByLabel("Show").inputValue()).toBe("methods");
    await page.getByLabel("Show").selectOption({ label: "Apps and application passwords" });
    await page.getByText("No event of this kind has been recorded.").waitFor();
    await page.getByLabel("Show").selectOption({ label: "All events" });
    await expect.poll(sentences).toContain("Account created.");
    expect(new URL(page.url()).search).toBe("");
  });

  it("downloads the whole log as CSV and JSON that anyone can check", async () => {
    const fetchFile = async (name: string): Promise<{ file: string; text: string }> => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name }).click(),
      ]);
      return {
        file: download.suggestedFilename(),
        text: await readFile(await download.path(), "utf8"),
      };
    };
    const csv = await fetchFile("Download (CSV)");
    expect(csv.file).toMatch(/^twofold-security-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const verdict = verifyExport(csv.text);
    expect(verdict).toMatchObject({ ok: true });
    // Oldest first, in words, with the place and the browser.
    const firstRow = csv.text.split("\r\n")[3] ?? "";
    expect(firstRow).toContain("Account created.");
    expect(firstRow).toContain("Zurich, CH");
    expect(verifyExport(csv.text.replace("Account created.", "Account deleted."))).toMatchObject({
      ok: false,
      reason: "ROW_ALTERED",
      row: 1,
    });
    const json = await fetchFile("Download (JSON)");
    expect(json.file).toMatch(/\.json$/);
    expect(verifyExport(json.text)).toEqual(verdict);
    await expectAccessible(page, "security log");
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page, "security log, dark");
    await shot(page, "security-log-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("shows 50 events, and the older ones on demand", async () => {
    const before = await page.evaluate(async () => {
      const answer = (await (await fetch("/trpc/securityLog.list")).json()) as {
        result: { data: { events: unknown[] } };
      };
      return answer.result.data.events.length;
    });
    // 55 more events: the browser-launch setting switched back and forth (a security change,
    // allowed without the password so soon after signing in).
    const failures = await page.evaluate(async () => {
      let failed = 0;
      for (let i = 0; i < 55; i += 1) {
        const response = await fetch("/trpc/account.setBrowserPolicy", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ policy: i % 2 === 0 ? "session_only" : "remember" }),
        });
        if (!response.ok) failed += 1;
      }
      return failed;
    });
    expect(failures).toBe(0);
    await page.reload();
    await page.getByRole("heading", { name: "Security log", level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId("log-event").count()).toBe(50);
    expect((await sentences())[0]).toBe("Browsers now ask to sign in at each launch.");
    await shot(page, "security-log-page-one");
    await page.getByRole("button", { name: "Show older events" }).click();
    await expect.poll(() => page.getByTestId("log-event").count()).toBe(before + 55);
    expect((await sentences()).at(-1)).toBe("Account created.");
    await page.getByText("This is the start of your security log.").waitFor();
    expect(await page.getByTestId("geo-attribution").innerText()).toBe("IP geolocation by DB-IP");
    await shot(page, "security-log-older");
  });
});
