// The security check-up in a real Chromium: what protects the account, a button per
// recommendation that opens the right page, and the 30-day "Do your methods still work?" banner
// (the server's clock moved a month on: no sleeping), answered once; at desktop and phone sizes,
// axe in light and dark.
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signOut, signUp, turnOnOTPApp, typePassword, type Person } from "./account";
import {
  expectAccessible,
  newPage,
  screenshots,
  shiftedClock,
  startStackWithClock,
  type Stack,
} from "./harness";

const DAY = 24 * 3_600_000;
const PERSON: Person = {
  name: "Hedy Lamarr",
  email: `hedy.${Date.now()}@example.ch`,
  password: "frequency hopping for torpedoes",
};

const clock = shiftedClock();
let stack: Stack;
let context: BrowserContext;
let page: Page;
let secret = "";
const shot = screenshots("checkup");

beforeAll(async () => {
  stack = await startStackWithClock(clock);
  ({ context, page } = await newPage(stack));
});
afterAll(async () => {
  await context?.close();
  await stack?.close();
});

/** axe in dark and in light, and a screenshot. */
async function checkBothSchemes(screen: string): Promise<void> {
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, `${screen} (dark)`);
  await shot(page, `${screen}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page, `${screen} (light)`);
}

async function openCheckup(): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: /Security check-up/ }).click();
  await page.getByRole("heading", { name: "Security check-up", level: 1 }).waitFor();
}

describe("the security check-up in the browser", () => {
  it("lists what protects the account and what to do; a button opens the right page", async () => {
    await signUp(page, PERSON, stack);
    ({ secret } = await turnOnOTPApp(page, PERSON, clock.now));
    await openCheckup();
    const findings = page.getByTestId("checkup-finding");
    await findings.first().waitFor();
    expect(
      await findings.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind"))),
    ).toEqual(["only_one_method", "no_recovery_address"]);
    await page.getByRole("region", { name: "What protects your account now" }).waitFor();
    await checkBothSchemes("checkup-desktop");

    await page.setViewportSize({ width: 390, height: 800 });
    await checkBothSchemes("checkup-phone");
    await page.setViewportSize({ width: 1024, height: 800 });

    await page.getByRole("link", { name: "Add a recovery address" }).click();
    await page.getByRole("heading", { name: "Recovery address and phone", level: 1 }).waitFor();
    await openCheckup();
    await page.getByRole("link", { name: "Add another method" }).click();
    await page.getByRole("heading", { name: "Two-step verification", level: 1 }).waitFor();
  });

  it("asks once, a month after two-step was turned on, whether the methods still work", async () => {
    // Not before 30 days.
    await page.goto("/");
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    expect(await page.getByTestId("methods-check").count()).toBe(0);

    await signOut(page, PERSON);
    clock.advance(30 * DAY);
    await typePassword(page, PERSON);
    await page
      .getByLabel("Code from your authenticator app")
      .fill(rfc6238Code(secret, clock.now()));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    const banner = page.getByRole("region", { name: "Do your methods still work?" });
    await banner.waitFor();
    await checkBothSchemes("methods-check-desktop");
    await page.setViewportSize({ width: 390, height: 800 });
    await checkBothSchemes("methods-check-phone");
    await page.setViewportSize({ width: 1024, height: 800 });

    // The shortcut to fix them opens the check-up; the question waits on the home page.
    await banner.getByRole("link", { name: "Review my methods" }).click();
    await page.getByRole("heading", { name: "Security check-up", level: 1 }).waitFor();
    await page.goto("/");
    await banner.getByRole("button", { name: "Yes, they work" }).click();
    await page.getByText("Thank you. We won't ask again.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();
    expect(await page.getByTestId("methods-check").count()).toBe(0);
  });
});
