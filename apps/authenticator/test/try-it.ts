// Tries the built app in Debian's Chromium, phone-sized (375x667): enrolls from the QR's
// address, approves a sign-in with the number, denies one, reads an offline code, sees a
// cancelled... Screenshots in test-results/try-it/. Run: pnpm build && pnpm try
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { startAppStack } from "./stack";

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
  owner.keep((await owner.api.auth.signUp.mutate({ email, password, tokenInBody: true })).token);
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
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => r.status() >= 400 && console.log(`  ${r.status()} ${r.url().slice(0, 120)}`));
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
    b.keep((await b.api.auth.signIn.mutate({ email, password, tokenInBody: true })).token);
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
    (await offline.api.auth.signIn.mutate({ email, password, tokenInBody: true })).token,
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

  check(errors.length === 0, `no console errors${errors.length ? `: ${errors.join(" | ")}` : ""}`);
} finally {
  await browser.close();
  await stack.close();
}
