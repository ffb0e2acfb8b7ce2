// A push nobody answers expires; "NO, and report it" ends that sign-in and pauses pushes to the account.
import { createApiClient } from "@twofold/client";
import {
  answerRequest,
  enrollDevice,
  pendingRequests,
  type DeviceIdentity,
} from "@twofold/device/node";
import { REASON_TEXT } from "@twofold/i18n";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPage, screenshots, startStack, type Stack } from "./harness";
import { confirmedSignUp } from "@twofold/test-stack/sign-up";

const email = `reporter.${Date.now()}@example.ch`;
const password = "someone else has it";
let stack: Stack;
let page: Page;
let device: DeviceIdentity;
const deviceApi = () => createApiClient({ url: `${stack.server.url}/trpc` });
const shot = screenshots("push-report");

beforeAll(async () => {
  // Requests expire after 3 s here (60 s by default), so the test can watch one expire.
  stack = await startStack({ TWOFOLD_PUSH_TTL_SECONDS: "3" });
  let token: string | null = null;
  const api = createApiClient({ url: `${stack.server.url}/trpc`, token: () => token });
  token = await confirmedSignUp(api, stack.mailOutbox, { email, password });
  const start = await api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
  device = await enrollDevice(deviceApi(), stack.server.url, {
    enrollmentCode: start.enrollmentCode,
    name: "Phone",
    platform: "test",
  });
  ({ page } = await newPage(stack));
});
afterAll(async () => {
  await stack?.close();
});

const alerts = () => page.getByRole("alert").allInnerTexts();

describe("push requests that are not approved", () => {
  it("expires when nobody answers, and offers a new request", async () => {
    await page.goto("/");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByTestId("push-number").waitFor();
    await expect.poll(alerts, { timeout: 15_000 }).toContain(REASON_TEXT.en.PUSH_EXPIRED);
    await shot(page, "expired");
  });

  it("NO, and report it: the sign-in ends, and no new request can be sent for a while", async () => {
    await page.getByRole("button", { name: "Send a new request" }).click();
    await page.getByTestId("push-number").waitFor();
    const [request] = await pendingRequests(deviceApi(), device);
    if (!request) throw new Error("the device got no request");
    expect(await answerRequest(deviceApi(), device, request.requestId, "report")).toEqual({
      status: "reported",
    });
    // The reported sign-in is over: no new request for it, only signing in again.
    await expect.poll(alerts, { timeout: 15_000 }).toContain(REASON_TEXT.en.UNAUTHENTICATED);
    expect(await page.getByRole("button", { name: "Send a new request" }).count()).toBe(0);
    await page.getByRole("button", { name: "Cancel and sign out" }).click();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // The sentence, then when pushes may be sent again.
    await expect
      .poll(async () => (await alerts()).join(" "), { timeout: 15_000 })
      .toContain(REASON_TEXT.en.PUSH_PAUSED);
    expect(await page.getByRole("button", { name: "Send a new request" }).count()).toBe(0);
    await shot(page, "reported");
  });
});
