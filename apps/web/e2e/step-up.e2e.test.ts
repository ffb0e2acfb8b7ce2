// Step-up with any strong method in a real Chromium against a real server: "Confirm it is you"
// offers the person's own methods (an OTP app's code, a security key through the DevTools
// protocol's virtual authenticator, the authenticator device through `@twofold/device`).
import { createApiClient, type ApiClient } from "@twofold/client";
import {
  answerRequest,
  enrollDevice,
  pendingRequests,
  type DeviceIdentity,
} from "@twofold/device/node";
import { REASON_TEXT } from "@twofold/i18n";
import { rfc6238Code } from "@twofold/testing";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openProfile, signUpWithOTPApp } from "./account";
import {
  expectAccessible,
  newPage,
  screenshots,
  shiftedClock,
  startStackWithClock,
  type Stack,
} from "./harness";

const PERSON = {
  name: "Katherine Johnson",
  email: `katherine.${Date.now()}@example.ch`,
  password: "orbital mechanics 1962",
};

let stack: Stack;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let deviceApi: ApiClient;
let device: DeviceIdentity;
let secret = "";
const shot = screenshots("step-up");

beforeAll(async () => {
  // In this process (the server of this source), opened as localhost: security keys need it.
  const started = await startStackWithClock(shiftedClock());
  const browserUrl = started.server.url.replace("://127.0.0.1", "://localhost");
  stack = { ...started, server: { ...started.server, browserUrl } };
  ({ context, page } = await newPage(stack));
  cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable", {});
  deviceApi = createApiClient({ url: `${stack.server.url}/trpc` });
});
afterAll(async () => {
  await stack?.close();
});

const dialog = () => page.getByRole("dialog", { name: "Confirm it is you" });

async function openTwoStep(): Promise<void> {
  await openProfile(page, PERSON);
  await page.getByRole("link", { name: /Two-step verification/ }).click();
  await page.getByRole("heading", { name: "Two-step verification", level: 1 }).waitFor();
}

/** "Generate new codes": a security change that always asks first. */
async function askForNewCodes(): Promise<void> {
  await page.getByRole("button", { name: "Generate new codes" }).click();
  await dialog().waitFor();
}

/** The new codes are shown once the change went through; back to the settings. */
async function newCodesShown(): Promise<void> {
  await page.getByRole("heading", { name: "Your backup codes" }).waitFor({ timeout: 15_000 });
  expect(await page.locator(".code-grid code").count()).toBe(10);
  await page.getByLabel("I have stored these codes").check();
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByText("Two-step verification is on").waitFor();
}

/** The other methods the dialog offers, as the buttons read. */
const otherMethods = () =>
  dialog().getByRole("group", { name: "Other methods" }).getByRole("button");

/**
 * Picks a method among the others, unless the dialog shows it already. The dialog lists the
 * person's methods once it has them: until then no other method can be told apart from none.
 */
async function chooseMethod(name: string, within = dialog()): Promise<void> {
  const others = within.getByRole("group", { name: "Other methods" }).getByRole("button");
  await others.first().waitFor();
  const other = others.filter({ hasText: name });
  if ((await other.count()) > 0) await other.click();
}

describe("step-up with any strong method", () => {
  it("signs up with an OTP app", async () => {
    ({ secret } = await signUpWithOTPApp(page, PERSON, stack));
  });

  it("confirms with a code from the OTP app, offered first; axe in light and dark", async () => {
    await openTwoStep();
    await askForNewCodes();
    const code = dialog().getByLabel("Code from your authenticator app");
    await code.waitFor();
    expect(await otherMethods().allInnerTexts()).toEqual(["Use my password"]);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectAccessible(page, "step-up dialog (dark)");
    await shot(page, "totp-dark");
    await page.emulateMedia({ colorScheme: "light" });
    await expectAccessible(page, "step-up dialog");
    await shot(page, "totp");
    // A code of ten minutes ago is no code now.
    await code.fill(rfc6238Code(secret, new Date(Date.now() - 600_000)));
    await dialog().getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => dialog().getByRole("alert").innerText())
      .toBe(REASON_TEXT.en.INVALID_CODE);
    // The step that turned two-step on is spent: the next step's code (within the window).
    await code.fill(rfc6238Code(secret, new Date(Date.now() + 30_000)));
    await dialog().getByRole("button", { name: "Confirm" }).click();
    await newCodesShown();
  });

  it("confirms with a security key, the browser asking it only on a press", async () => {
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "usb",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.getByRole("link", { name: /Security key/ }).click();
    await shot(page, "add-key");
    await page.getByRole("heading", { name: "Add a security key" }).waitFor();
    await page.getByLabel("Name of this key").fill("YubiKey");
    await page.getByRole("button", { name: "Add security key" }).click();
    await expect
      .poll(() => page.getByRole("status").allInnerTexts())
      .toContain("YubiKey was added.");

    await askForNewCodes();
    // The key, a stronger method, may be shown first: else it is one press away.
    await chooseMethod("Use my security key or passkey");
    const use = dialog().getByRole("button", { name: "Use my security key or passkey" });
    await use.waitFor();
    await shot(page, "security-key");
    await use.click();
    await newCodesShown();
  });

  it("confirms on the authenticator device with number matching", async () => {
    await page.getByRole("link", { name: /Authenticator device/ }).click();
    await page.getByLabel("Name of this device").fill("Work terminal");
    await page.getByRole("button", { name: "Continue" }).click();
    const enrollmentCode = await page.getByTestId("enrollment-code").innerText();
    device = await enrollDevice(deviceApi, stack.server.url, {
      enrollmentCode,
      name: "Work terminal",
      platform: "linux",
    });
    await expect
      .poll(() => page.getByRole("status").allInnerTexts(), { timeout: 15_000 })
      .toContain("Work terminal was added.");

    await askForNewCodes();
    await chooseMethod("Use my authenticator device");
    const number = Number(await dialog().getByTestId("step-up-number").innerText());
    const requests = await pendingRequests(deviceApi, device);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    if (!request) throw new Error("no request reached the device");
    await shot(page, "device");
    expect(await answerRequest(deviceApi, device, request.requestId, "approve", number)).toEqual({
      status: "approved",
    });
    await newCodesShown();
  });

  it("ends the device's request when another method is chosen, and when its tab closes", async () => {
    await askForNewCodes();
    await chooseMethod("Use my authenticator device");
    await dialog().getByTestId("step-up-number").waitFor();
    expect(await pendingRequests(deviceApi, device)).toHaveLength(1);
    await chooseMethod("Use a code from my authenticator app");
    await expect.poll(() => pendingRequests(deviceApi, device), { timeout: 10_000 }).toEqual([]);
    await dialog().getByRole("button", { name: "Cancel" }).click();

    // A second tab of the same browser, closed as a person closes it while the device asks:
    // no React cleanup runs, only the page's unload.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole("button", { name: "Generate new codes" }).click();
    const otherDialog = other.getByRole("dialog", { name: "Confirm it is you" });
    await chooseMethod("Use my authenticator device", otherDialog);
    await otherDialog.getByTestId("step-up-number").waitFor({ timeout: 15_000 });
    expect(await pendingRequests(deviceApi, device)).toHaveLength(1);
    await other.close({ runBeforeUnload: true });
    await expect.poll(() => pendingRequests(deviceApi, device), { timeout: 10_000 }).toEqual([]);
  });

  it("fits a phone's screen", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await askForNewCodes();
    await otherMethods().first().waitFor();
    const box = await dialog().boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await expectAccessible(page, "step-up dialog (phone)");
    await shot(page, "phone");
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog().count()).toBe(0);
  });
});
