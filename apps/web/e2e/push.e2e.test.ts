// Authenticator devices in a real Chromium against a real server, with the device client of
// `@twofold/device` (what `twofold approve` runs) standing in for the person's terminal.
import { createApiClient, type ApiClient } from "@twofold/client";
import {
  answerRequest,
  enrollDevice,
  pendingRequests,
  type DeviceIdentity,
  type PushRequestView,
  offlineCode,
} from "@twofold/device/node";
import { REASON_TEXT } from "@twofold/i18n";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmWithPassword, signUp } from "./account";
import { expectAccessible, newPage, screenshots, startStack, type Stack } from "./harness";

const PERSON = {
  name: "Margaret Hamilton",
  email: `margaret.${Date.now()}@example.ch`,
  password: "priority displays 1969",
};
const DEVICE = "Work terminal";

let stack: Stack;
let context: BrowserContext;
let page: Page;
/** The device's own connection: no session, each request signed with its key. */
let deviceApi: ApiClient;
let device: DeviceIdentity;
let backupCodes: string[] = [];
const shot = screenshots("push");

beforeAll(async () => {
  stack = await startStack();
  ({ context, page } = await newPage(stack));
  deviceApi = createApiClient({ url: `${stack.server.url}/trpc` });
});
afterAll(async () => {
  await stack?.close();
});

async function accountMenu() {
  await page.getByRole("button", { name: /account menu/i }).click();
  return page.getByRole("group", { name: PERSON.name });
}

async function signOut(): Promise<void> {
  await (await accountMenu()).getByRole("button", { name: "Sign out" }).click();
  await expect.poll(() => page.getByRole("heading", { name: "Sign in" }).isVisible()).toBe(true);
}

async function signInWithPassword(): Promise<void> {
  await page.getByLabel("Email address").fill(PERSON.email);
  await page.getByLabel("Password").fill(PERSON.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
}

/** The number the sign-in page shows, once the request is out. */
async function shownNumber(): Promise<number> {
  await page.getByRole("heading", { name: "Check your device" }).waitFor();
  const text = await page.getByTestId("push-number").innerText({ timeout: 15_000 });
  expect(text).toMatch(/^\d{2}$/);
  return Number(text);
}

/** What the device sees: exactly one request, for this account. */
async function theOneRequest(): Promise<PushRequestView> {
  const requests = await pendingRequests(deviceApi, device);
  expect(requests).toHaveLength(1);
  const [request] = requests;
  if (!request) throw new Error("no pending request");
  expect(request.account).toBe(PERSON.email);
  return request;
}

async function expectRefused(): Promise<void> {
  await expect
    .poll(() => page.getByRole("alert").allInnerTexts(), { timeout: 15_000 })
    .toContain(REASON_TEXT.en.PUSH_DENIED);
}

describe("authenticator devices in the browser", () => {
  it("signs up", async () => {
    await signUp(page, PERSON, stack);
  });

  it("adds a device with the code on the page; the first method shows the backup codes", async () => {
    await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
    await page.getByRole("link", { name: /Two-step verification/ }).click();
    await page.getByRole("link", { name: /Authenticator device/ }).click();
    await page.getByRole("heading", { name: "Add an authenticator device" }).waitFor();
    const name = page.getByLabel("Name of this device");
    expect(await name.inputValue()).toBe("My phone");
    await name.fill(DEVICE);
    await page.getByRole("button", { name: "Continue" }).click();

    const enrollmentCode = await page.getByTestId("enrollment-code").innerText();
    expect(enrollmentCode).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){4}$/);
    await expect
      .poll(() =>
        page
          .getByRole("img", { name: /QR code/ })
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    expect(await page.getByText("twofold approve", { exact: true }).count()).toBe(1);
    // On localhost the phone way is offered (no HTTPS warning): its address, typed or scanned.
    expect(await page.getByText(/\/authenticator\//).count()).toBe(1);
    expect(await page.getByTestId("phone-needs-https").count()).toBe(0);
    expect(await page.getByRole("status").allInnerTexts()).toContain("Waiting for the device…");
    await expectAccessible(page, "add a device");
    await shot(page, "device-code");

    device = await enrollDevice(deviceApi, stack.server.url, {
      enrollmentCode,
      name: DEVICE,
      platform: "linux",
    });
    expect(device.account).toBe(PERSON.email);

    await page.getByRole("heading", { name: "Your backup codes" }).waitFor({ timeout: 15_000 });
    backupCodes = await page.locator(".code-grid code").allInnerTexts();
    expect(backupCodes).toHaveLength(10);
    await shot(page, "device-backup-codes");
    await page.getByLabel("I have stored these codes").check();
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByText("Two-step verification is on").waitFor();
    await expect.poll(() => page.locator(".factor-name").allInnerTexts()).toEqual([DEVICE]);
    expect(await page.getByRole("status").allInnerTexts()).toContain(`${DEVICE} was added.`);
    // Listed with its platform and when it last talked to the server.
    const dates = await page.locator(".factor-dates").innerText();
    expect(dates).toContain("Platform");
    expect(dates).toContain("linux");
    expect(dates).toMatch(/Last seen\s+\w+ \d+, \d{4}/);
    await shot(page, "device-listed");
  });

  it("signs in: the page shows a number, the device approves with it", async () => {
    await signOut();
    await signInWithPassword();
    const number = await shownNumber();
    await expectAccessible(page, "push second factor");
    await shot(page, "check-your-device");

    const request = await theOneRequest();
    expect(await answerRequest(deviceApi, device, request.requestId, "approve", number)).toEqual({
      status: "approved",
    });
    await page
      .getByRole("heading", { name: `Welcome, ${PERSON.name}` })
      .waitFor({ timeout: 15_000 });
    await shot(page, "approved");
  });

  it("a sign-in whose tab is closed leaves the device: its request is cancelled", async () => {
    const other = await newPage(stack);
    await other.page.goto("/");
    await other.page.getByLabel("Email address").fill(PERSON.email);
    await other.page.getByLabel("Password").fill(PERSON.password);
    await other.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await other.page.getByTestId("push-number").waitFor({ timeout: 15_000 });
    const request = await theOneRequest();
    // Closed as a person closes a tab: no React cleanup runs, only the page's unload.
    await other.page.close({ runBeforeUnload: true });
    await expect.poll(() => pendingRequests(deviceApi, device), { timeout: 10_000 }).toEqual([]);
    await expect(
      answerRequest(deviceApi, device, request.requestId, "approve", 10),
    ).rejects.toMatchObject({ data: { reason: "PUSH_ALREADY_ANSWERED" } });
    await other.context.close();
  });

  it("refuses the sign-in the device denies, and offers a new request", async () => {
    await signOut();
    await signInWithPassword();
    await shownNumber();
    const request = await theOneRequest();
    expect(await answerRequest(deviceApi, device, request.requestId, "deny")).toEqual({
      status: "denied",
    });
    await expectRefused();
    await page.getByRole("button", { name: "Send a new request" }).waitFor();
    await shot(page, "denied");
  });

  it("refuses an approval with the wrong number", async () => {
    await page.getByRole("button", { name: "Send a new request" }).click();
    const number = await shownNumber();
    const request = await theOneRequest();
    const wrong = number === 99 ? 10 : number + 1;
    await expect(
      answerRequest(deviceApi, device, request.requestId, "approve", wrong),
    ).rejects.toMatchObject({ data: { reason: "WRONG_NUMBER" } });
    await expectRefused();
    await shot(page, "wrong-number");
  });

  it("signs in with the code the device shows when a push cannot reach it", async () => {
    await page.getByRole("button", { name: "Cancel and sign out" }).click();
    await signInWithPassword();
    await shownNumber();
    await page.getByRole("button", { name: "Use the code your device shows instead" }).click();
    const { code } = await offlineCode(device.offlineSecret, new Date(Date.now() + 30_000));
    await page.getByLabel("Code shown on your device").fill(code);
    await shot(page, "device-code");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: /^Welcome/ }).waitFor();
    await signOut();
    await signInWithPassword();
  });

  it("still offers the other methods: a backup code signs in, then the device is renamed and removed", async () => {
    await page.getByRole("button", { name: "Use another method" }).click();
    await page.getByRole("button", { name: "Backup code" }).click();
    await page.getByLabel("Backup code").fill(backupCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByRole("heading", { name: `Welcome, ${PERSON.name}` }).waitFor();

    await (await accountMenu()).getByRole("link", { name: "Manage my profile" }).click();
    await page.getByRole("link", { name: /Two-step verification/ }).click();
    await page.getByRole("button", { name: `Rename: ${DEVICE}` }).click();
    await page.getByLabel(`New name for ${DEVICE}`).fill("Old terminal");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator(".factor-name").allInnerTexts()).toEqual(["Old terminal"]);

    await page.getByRole("button", { name: "Remove: Old terminal" }).click();
    // The last method: removing it turns two-step off, confirmed with the password.
    await confirmWithPassword(page, PERSON.password);
    await page.getByText("Two-step verification is off", { exact: true }).waitFor();
    await shot(page, "device-removed");
    await context.close();
  });
});
