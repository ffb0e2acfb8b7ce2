// The stack every end-to-end file of the phone authenticator runs on: the built server (serving
// the web app and the authenticator) on a fresh embedded database, with Web Push on towards a
// local push service, and one Debian Chromium per file.
import { createECDH } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_LAUNCH } from "./chromium";
import { startPushService, type PushService } from "@twofold/testing";

const HERE = dirname(fileURLToPath(import.meta.url));
const AUTHENTICATOR_DIST = resolve(HERE, "..", "dist");
const WEB_DIST = resolve(HERE, "..", "..", "web", "dist");

/** The embedded database's first start takes long on a machine busy with other test runs. */
const SERVER_START_TIMEOUT_MS = 90_000;

/** Screenshots of every step land here, one folder per test file. */
export const SCREENSHOTS = resolve(HERE, "..", "test-results");

/** What a phone's Chrome sends: the authenticator names the phone from it ("Chrome on Android"). */
export const PHONE_USER_AGENT =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Mobile Safari/537.36";

/** A phone-sized screen, touch, as the person holds it. */
export const PHONE = {
  viewport: { width: 375, height: 667 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  userAgent: PHONE_USER_AGENT,
  locale: "en-GB",
} as const;

export interface Stack {
  server: BuiltServer;
  browser: Browser;
  pushService: PushService;
  /** The VAPID public key the server signs its pushes with (base64url). */
  vapidPublicKey: string;
  /** Where the server's embedded mailer writes (the sign-up's code is read from it). */
  mailOutbox: string;
  close: () => Promise<void>;
}

/** A VAPID key pair as the server reads it (P-256, base64url). */
function vapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    publicKey: ecdh.getPublicKey().toString("base64url"),
    privateKey: ecdh.getPrivateKey().toString("base64url"),
  };
}

/** Starts the push service, then the server pushing to it, then a Chromium. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const pushService = await startPushService();
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-authenticator-e2e-"));
  const vapid = vapidKeys();
  const server = await startBuiltServer(
    dataDir,
    {
      TWOFOLD_WEB_DIR: WEB_DIST,
      TWOFOLD_AUTHENTICATOR_DIR: AUTHENTICATOR_DIST,
      TWOFOLD_VAPID_PUBLIC_KEY: vapid.publicKey,
      TWOFOLD_VAPID_PRIVATE_KEY: vapid.privateKey,
      TWOFOLD_VAPID_SUBJECT: "mailto:security@example.ch",
      // Only the server's process trusts the local push service's self-signed certificate.
      NODE_EXTRA_CA_CERTS: pushService.certFile,
      ...env,
    },
    { startTimeoutMs: SERVER_START_TIMEOUT_MS },
  );
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  return {
    server,
    browser,
    pushService,
    vapidPublicKey: vapid.publicKey,
    mailOutbox: env.TWOFOLD_MAIL_OUTBOX ?? join(dataDir, "mail-outbox.jsonl"),
    close: async () => {
      await browser.close();
      await server.stop();
      await pushService.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The phone: a 375×667 touch screen with a phone's user agent, notifications allowed. */
export async function newPhone(stack: Stack): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({ baseURL: stack.server.browserUrl, ...PHONE });
  await context.grantPermissions(["notifications"], { origin: stack.server.browserUrl });
  const page = await context.newPage();
  return { context, page };
}

/** The computer the person signs in on. */
export async function newDesktop(stack: Stack): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({
    baseURL: stack.server.browserUrl,
    locale: "en-GB",
    viewport: { width: 1024, height: 800 },
  });
  return { context, page: await context.newPage() };
}

/** Writes a full-page screenshot of the step into `test-results/<folder>/NN-step.png`. */
export function screenshots(folder: string): (page: Page, step: string) => Promise<void> {
  const dir = join(SCREENSHOTS, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n += 1;
    const file = join(dir, `${String(n).padStart(2, "0")}-${step}.png`);
    await page.screenshot({ path: file, fullPage: true });
  };
}
