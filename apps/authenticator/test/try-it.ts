// Tries the built app in Debian's Chromium, phone-sized (375x667): enrolls from the QR's
// address, approves a sign-in with the number, denies one, reads an offline code, sees a
// cancelled... Screenshots in test-results/try-it/. Run: pnpm build && pnpm try
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { enrollDevice, pendingRequests } from "@twofold/device/node";
import { createApiClient } from "@twofold/client";
import { chromium, type Page } from "playwright-core";
import { confirmedSignUp, tokenOf } from "@twofold/test-stack/sign-up";
import { startAppStack } from "./stack";

/** What the checks use of the service worker's global scope (this file is typed as a page). */
type WorkerScope = { registration: { getNotifications(): Promise<Notification[]> } };

const SHOTS = resolve(import.meta.dirname, "..", "test-results", "try-it");
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
let step = 0;
const shot = async (page: Page, name: string): Promise<void> => {
  step += 1;
  await page.screenshot({
    path: join(SHOTS, `${String(step).padStart(2, "0")}-${name}.png`),
    fullPage: true,
  });
};
const check = (ok: boolean, what: string): void => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) process.exitCode = 1;
};

const stack = await startAppStack();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
  ignoreDefaultArgs: ["--headless=old"],
});
try {
  const email = `phone.${Date.now()}@example.ch`;
  const password = "a phone of my own";
  const owner = stack.bearer();
  owner.keep(await confirmedSignUp(owner.api, stack.mailOutbox, { email, password }));
  const start = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Phone" });

  const context = await browser.newContext({
    baseURL: stack.url,
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
    locale: "en-GB",
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  // The wrong number's 400 is the server's answer, logged by Chromium: not an app error.
  page.on(
    "console",
    (m) =>
      m.type() === "error" &&
      !m.text().includes("status of 400") &&
      !m.text().includes("Push API in incognito") &&
      errors.push(m.text()),
  );
  page.on("pageerror", (e) => errors.push(e.message));
  page.on(
    "response",
    (r) => r.status() >= 400 && console.log(`  ${r.status()} ${r.url().slice(0, 120)}`),
  );
  const started = Date.now();
  await page.goto(`/authenticator/#enroll=${start.enrollmentCode}`);
  await page.getByRole("heading", { name: "Add this phone" }).waitFor();
  console.log(`first screen in ${Date.now() - started} ms (unthrottled)`);
  check(
    (await page.getByLabel("Name of this phone").inputValue()) === "Chrome on Android",
    "name prefilled from the browser",
  );
  await shot(page, "enroll");
  await page.getByRole("button", { name: "Add this phone" }).click();
  await page.getByTestId("account-list").waitFor();
  await shot(page, "enrolled");
  const extractable = await page.evaluate(
    () =>
      new Promise<boolean | null>((done) => {
        const open = indexedDB.open("twofold-authenticator");
        open.onsuccess = () => {
          const get = open.result.transaction("accounts").objectStore("accounts").getAll();
          get.onsuccess = () =>
            done((get.result[0] as { privateKey: CryptoKey }).privateKey.extractable);
        };
      }),
  );
  check(extractable === false, "the device key is non-extractable");
  const status = await owner.api.push.enrollmentStatus.mutate({ enrollmentId: start.enrollmentId });
  check(status.status === "done", "the server has the phone");

  const signIn = async () => {
    const b = stack.bearer();
    b.keep(tokenOf(await b.api.auth.signIn.mutate({ email, password, tokenInBody: true })));
    return { b, push: await b.api.auth.startPush.mutate() };
  };

  // Approve with the number.
  const first = await signIn();
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  await shot(page, "request");
  await page.getByRole("button", { name: "Yes", exact: true }).click();
  await page.getByLabel("Number shown on the sign-in page").fill(String(first.push.number));
  await shot(page, "number");
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByText("Approved. The sign-in goes on.").waitFor();
  await shot(page, "approved");
  const result = await first.b.api.auth.pushResult.query({ requestId: first.push.requestId });
  check(result.status === "approved", "the desktop's sign-in is approved");

  // Deny.
  const second = await signIn();
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  await page.getByRole("button", { name: "No", exact: true }).click();
  await page.getByText("Refused. Nobody was signed in.").waitFor();
  const denied = await second.b.api.auth.pushResult.query({ requestId: second.push.requestId });
  check(denied.status === "denied", "a No is refused");

  // Wrong number.
  const third = await signIn();
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  await page.getByRole("button", { name: "Yes", exact: true }).click();
  await page
    .getByLabel("Number shown on the sign-in page")
    .fill(String((third.push.number + 1) % 100));
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByText(/The number did not match/).waitFor();
  await shot(page, "wrong-number");
  check(true, "a wrong number is explained");

  // Offline code.
  await page.getByRole("button", { name: "Show an offline code" }).click();
  const code = (await page.getByTestId("offline-code").textContent()) ?? "";
  await shot(page, "offline-code");
  const offline = stack.bearer();
  offline.keep(
    tokenOf(await offline.api.auth.signIn.mutate({ email, password, tokenInBody: true })),
  );
  const verified = await offline.api.auth.verifyDeviceCode.mutate({ code }).then(
    () => true,
    () => false,
  );
  check(/^\d{6}$/.test(code) && verified, `the offline code ${code} signs in`);
  await page.getByRole("button", { name: "Done" }).click();

  // At 320 px wide nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 320, `usable at 320 px (content ${wide} px wide)`);
  await shot(page, "320px");

  // Cancelled by the sign-in page: the phone says so within 2 s.
  const cancelled = await signIn();
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  const cancelAt = Date.now();
  await cancelled.b.api.auth.cancelPush.mutate({ requestId: cancelled.push.requestId });
  await page.getByText("This sign-in was cancelled.").waitFor({ timeout: 5_000 });
  check(Date.now() - cancelAt <= 2_500, `cancelled shown after ${Date.now() - cancelAt} ms`);
  await shot(page, "cancelled");

  // Web Push through the service worker, the page closed: a real signed request (the same view
  // a second device of the account gets), a forged one and a replay.
  await context.grantPermissions(["notifications"]);
  const cdp = await context.newCDPSession(page);
  const registrationId = new Promise<string>((found) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => {
      const r = e.registrations.find((x) => x.scopeURL.endsWith("/authenticator/"));
      if (r) found(r.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  const id = await registrationId;
  const deviceApi = createApiClient({ url: `${stack.server.url}/trpc` });
  const ownerStart = await owner.api.push.beginDeviceEnrollment.mutate({ label: "Terminal" });
  const terminal = await enrollDevice(deviceApi, stack.server.url, {
    enrollmentCode: ownerStart.enrollmentCode,
    name: "Terminal",
    platform: "linux",
  });
  await page.goto("about:blank");
  const pushed = await signIn();
  const [view] = await pendingRequests(deviceApi, terminal);
  const origin = new URL(stack.url).origin;
  const deliver = (request: unknown) =>
    cdp.send("ServiceWorker.deliverPushMessage", {
      origin,
      registrationId: id,
      data: JSON.stringify({ type: "request", request }),
    });
  const worker = context.serviceWorkers()[0];
  const shown = async () =>
    (await worker?.evaluate(async () =>
      (await (self as unknown as WorkerScope).registration.getNotifications()).map((n) => ({
        title: n.title,
        body: n.body,
        data: n.data as unknown,
      })),
    )) ?? [];
  await deliver({ ...view, ip: "198.51.100.66" });
  await new Promise((r) => setTimeout(r, 500));
  check((await shown()).length === 0, "a forged push shows nothing");
  await deliver(view);
  await new Promise((r) => setTimeout(r, 500));
  const notes = await shown();
  console.log("  notification:", JSON.stringify(notes));
  check(
    notes.length === 1 &&
      (notes[0]?.title ?? "").startsWith("Sign-in request: ") &&
      !JSON.stringify(notes).includes(String(pushed.push.number).padStart(2, "0") + '"'),
    "the push shows one notification, without the number",
  );
  await worker?.evaluate(async () => {
    for (const n of await (self as unknown as WorkerScope).registration.getNotifications())
      n.close();
  });
  await deliver(view);
  await new Promise((r) => setTimeout(r, 500));
  check((await shown()).length === 0, "a replayed push shows nothing");
  const route = await worker?.evaluate(
    (data) =>
      (
        self as unknown as { twofoldRouteNotificationClick: (d: unknown) => string }
      ).twofoldRouteNotificationClick(data),
    notes[0]?.data,
  );
  console.log("  notification click opens", route);
  await page.goto(`${stack.url}${route ?? ""}`);
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  await shot(page, "from-notification");
  await page.getByRole("button", { name: "No", exact: true }).click();
  await page.getByText("Refused. Nobody was signed in.").waitFor();

  // A second account on the same phone, the code typed: its request expires unanswered.
  const email2 = `phone2.${Date.now()}@example.ch`;
  const owner2 = stack.bearer();
  owner2.keep(await confirmedSignUp(owner2.api, stack.mailOutbox, { email: email2, password }));
  const start2 = await owner2.api.push.beginDeviceEnrollment.mutate({ label: "Phone" });
  await page.getByRole("button", { name: "Add an account" }).click();
  await page.getByLabel("Enrollment code").fill(start2.enrollmentCode.toUpperCase());
  await page.getByRole("button", { name: "Add this phone" }).click();
  await page.getByText(email2).first().waitFor();
  const listed = await page.getByTestId("account-list").locator("li").count();
  check(listed === 2, `two accounts listed (${listed})`);
  await shot(page, "two-accounts");
  const b2 = stack.bearer();
  b2.keep(tokenOf(await b2.api.auth.signIn.mutate({ email: email2, password, tokenInBody: true })));
  await b2.api.auth.startPush.mutate();
  await page.getByRole("heading", { name: "Is this you?" }).waitFor({ timeout: 10_000 });
  await page.getByText("This sign-in request expired.").waitFor({ timeout: 70_000 });
  await shot(page, "expired");
  check(true, "an expired request says so");

  // Removed from the phone: the server forgets the device too.
  await page.getByRole("button", { name: `Remove from this phone: ${email2}` }).click();
  await page.getByRole("button", { name: "Remove", exact: true }).click();
  await page.getByText(`${email2} was removed from this phone.`).waitFor();
  await shot(page, "removed");
  const left = await owner2.api.twoFactor.status.query();
  console.log("  factors left:", JSON.stringify(left.factors.map((f) => f.kind)));

  // First screen on a throttled phone profile (CPU 4x slower, "Fast 3G"), a fresh context.
  const slow = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true });
  const slowPage = await slow.newPage();
  const throttle = await slow.newCDPSession(slowPage);
  await throttle.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await throttle.send("Network.enable");
  await throttle.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  const slowStart = Date.now();
  await slowPage.goto(`${stack.url}/authenticator/#enroll=${start2.enrollmentCode}`);
  await slowPage.getByRole("heading", { name: "Add this phone" }).waitFor();
  const sinceNavigation = await slowPage.evaluate(() => Math.round(performance.now()));
  const timings = await slowPage.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .concat(performance.getEntriesByType("navigation"))
      .map((e) => {
        const r = e as PerformanceResourceTiming;
        return `${r.name.split("/").pop() ?? ""} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${r.encodedBodySize}B`;
      }),
  );
  console.log(`  ${timings.join("\n  ")}`);
  console.log(
    `  first screen, throttled (CPU 4x, Fast 3G): ${sinceNavigation} ms after navigation start (${Date.now() - slowStart} ms for the test)`,
  );
  await slow.close();

  check(errors.length === 0, `no console errors${errors.length ? `: ${errors.join(" | ")}` : ""}`);
} finally {
  await browser.close();
  await stack.close();
}
