import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startTestServer } from "@twofold/test-stack";
import { startBuiltServer, type BuiltServer } from "@twofold/test-stack/built";
import { waitForSignUpCode } from "@twofold/test-stack/sign-up";
import { requireProgram } from "@twofold/testing";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

const WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** Screenshots of every step land here, one folder per test file. */
export const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), "..", "test-results");

/**
 * Debian's Chromium (`apt-get install -y chromium`), never a downloaded browser; CHROMIUM_PATH
 * names another. Without either, every end-to-end file fails here, in one line.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? requireProgram("chromium");
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Stack {
  server: Pick<BuiltServer, "url" | "browserUrl">;
  browser: Browser;
  /** Where the server's embedded mailer writes (the sign-up's code is read from it). */
  mailOutbox: string;
  close: () => Promise<void>;
}

/** A real `apps/server` on a fresh embedded database serving the built app, and a Chromium. */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-e2e-"));
  const server = await startBuiltServer(dataDir, { TWOFOLD_WEB_DIR: WEB_DIST, ...env });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    ignoreDefaultArgs: ["--headless=old"],
  });
  return {
    server,
    browser,
    mailOutbox: env.TWOFOLD_MAIL_OUTBOX ?? join(dataDir, "mail-outbox.jsonl"),
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Real time, moved forward on demand: the server's clock in a test that skips a wait. */
export interface ShiftedClock {
  now: () => Date;
  advance: (ms: number) => void;
}

export function shiftedClock(): ShiftedClock {
  let shift = 0;
  return {
    now: () => new Date(Date.now() + shift),
    advance: (ms) => {
      shift += ms;
    },
  };
}

/**
 * A real server in this process (so the test holds its clock) on a fresh embedded database,
 * serving the built app, and a Chromium.
 */
export async function startStackWithClock(clock: ShiftedClock): Promise<Stack> {
  const test = await startTestServer(
    { TWOFOLD_WEB_DIR: WEB_DIST, TWOFOLD_GATEWAY: "off" },
    { clock },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    ignoreDefaultArgs: ["--headless=old"],
  });
  const url = test.server.url;
  return {
    server: { url, browserUrl: url },
    browser,
    mailOutbox: test.mailOutbox,
    close: async () => {
      await browser.close();
      await test.close();
    },
  };
}

export async function newPage(
  stack: Stack,
  options: {
    locale?: string;
    width?: number;
    headers?: Record<string, string>;
    /** The IANA zone the browser says it is in (Chromium's own when absent). */
    timeZone?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext({
    baseURL: stack.server.browserUrl,
    locale: options.locale ?? "en-GB",
    ...(options.timeZone && { timezoneId: options.timeZone }),
    viewport: { width: options.width ?? 1024, height: 800 },
    acceptDownloads: true,
    // e.g. X-Forwarded-For, to come from a public address through a trusted proxy.
    ...(options.headers && { extraHTTPHeaders: options.headers }),
  });
  const page = await context.newPage();
  return { context, page };
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

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page; a serious or critical violation fails the test, named. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  const serious = (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    );
  expect(serious).toEqual([]);
}

/**
 * After "Create account": the "Check your mail" page, the code of the mail the server sent
 * typed in, and the account signed in (labels in English unless given).
 */
export async function confirmAddress(
  page: Page,
  stack: Pick<Stack, "mailOutbox">,
  email: string,
  labels: { title: string; code: string; submit: string } = {
    title: "Check your mail",
    code: "Code from the mail",
    submit: "Confirm and sign in",
  },
): Promise<void> {
  await page.getByRole("heading", { name: labels.title }).waitFor();
  const code = await waitForSignUpCode(stack.mailOutbox, email);
  await page.getByLabel(labels.code).fill(code);
  await page.getByRole("button", { name: labels.submit }).click();
}
