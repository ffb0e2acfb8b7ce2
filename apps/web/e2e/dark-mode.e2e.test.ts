// Dark mode: when the system asks for it (prefers-color-scheme: dark), every main page turns dark
// and stays readable (axe, colour contrast included), in a real Chromium against a real server.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signOut, signUpWithOTPApp, type Person } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON: Person = {
  name: "Katherine Johnson",
  email: `katherine.${Date.now()}@example.ch`,
  password: "trajectories for friendship 7",
};

let stack: Stack;
let context: BrowserContext;
let page: Page;
const shot = screenshots("dark-mode");

beforeAll(async () => {
  stack = await startStack();
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

/** The page's background colour as the browser paints it. */
const background = (on: Page): Promise<string> =>
  on.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** The page as it is now, checked by axe in dark and in light, with a screenshot of the dark. */
async function checkBothSchemes(
  screen: string,
  on: Page = page,
  colours = { dark: "rgb(15, 20, 27)", light: "rgb(243, 245, 248)" },
): Promise<void> {
  await on.emulateMedia({ colorScheme: "dark" });
  expect(await background(on)).toBe(colours.dark);
  await expectAccessible(on, `${screen} (dark)`);
  await shot(on, screen);
  await on.emulateMedia({ colorScheme: "light" });
  expect(await background(on)).toBe(colours.light);
  await expectAccessible(on, `${screen} (light)`);
  await on.emulateMedia({ colorScheme: "dark" });
}

async function openFromProfile(link: RegExp, title: string): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: link }).click();
  await page.getByRole("heading", { name: title, level: 1 }).waitFor();
}

describe("dark mode when the system asks for it", () => {
  it("shows sign-in and sign-up dark and readable", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await checkBothSchemes("sign-in");
    await page.goto("/signup");
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    await checkBothSchemes("sign-up");
  });

  it("keeps the settings home and two-step verification readable in dark", async () => {
    await signUpWithOTPApp(page, PERSON, stack);
    await openProfile(page, PERSON);
    await checkBothSchemes("settings-home");
    await openFromProfile(/Two-step verification/, "Two-step verification");
    await page.getByText("Two-step verification is on").waitFor();
    await checkBothSchemes("two-step");
    await page.getByRole("button", { name: "Turn off two-step verification" }).click();
    await page.getByRole("dialog").waitFor();
    await checkBothSchemes("turn-off-dialog");
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "hidden" });
  });

  it("keeps sessions, the security log and application passwords readable in dark", async () => {
    await openFromProfile(/Where you're signed in/, "Where you're signed in");
    await page.getByTestId("session-row").first().waitFor();
    await checkBothSchemes("sessions");
    await openFromProfile(/Security log/, "Security log");
    await page.getByTestId("log-event").first().waitFor();
    await checkBothSchemes("security-log");
    await openFromProfile(/Application passwords/, "Application passwords");
    await page.getByText("No application password yet.").waitFor();
    await checkBothSchemes("application-passwords");
  });

  it("shows the second step of sign-in dark and readable", async () => {
    await signOut(page, PERSON);
    await page.getByLabel("Email address").fill(PERSON.email);
    await page.getByLabel("Password").fill(PERSON.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByLabel("Code from your authenticator app").waitFor();
    await checkBothSchemes("second-step");
  });

  it("shows the phone authenticator's first screen dark and readable", async () => {
    const phone = await newPage(stack, { width: 375 });
    try {
      await phone.page.emulateMedia({ colorScheme: "dark" });
      await phone.page.goto("/authenticator/");
      await phone.page.getByRole("heading", { level: 1 }).waitFor();
      await checkBothSchemes("authenticator", phone.page, {
        dark: "rgb(16, 22, 28)",
        light: "rgb(246, 248, 250)",
      });
    } finally {
      await phone.context.close();
    }
  });
});
