// The phone authenticator's first screen on a throttled phone: Chromium's CPU 4× slower and the
// DevTools "Fast 3G" preset, as the issue asks, against the built server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireProgram } from "@twofold/testing";
import { chromium, type Browser, type Page } from "playwright-core";
import { AUTHENTICATOR_DIST, measureAuthenticatorJS } from "./authenticator-size";
import { startBuiltServer } from "./server";

/** The goal of issue 21: the first screen within 1.5 s on the throttled phone profile. */
export const AUTHENTICATOR_FIRST_SCREEN_GOAL_MS = 1_500;

/**
 * DevTools' "Fast 3G" preset, as its source defines it: 1.6 Mbit/s down and 750 kbit/s up, both
 * × 0.9, and 150 ms RTT × 3.75 = 562.5 ms added to every request.
 */
export const FAST_3G = {
  offline: false,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  latency: 150 * 3.75,
} as const;
export const CPU_SLOWDOWN = 4;

/** What the page itself says about one start, in ms since navigation started. */
interface PageTimes {
  /** index.html received (Chromium's emulation delays the body, not the response's start). */
  htmlLoadedMs: number;
  /** The last script or style sheet the first screen needs has arrived. */
  assetsLoadedMs: number;
  firstContentfulPaintMs: number | null;
  /** The app's own first screen: its heading and a button on screen. */
  firstScreenMs: number;
  /** Bytes over the network (headers and bodies) before the first screen. */
  transferredBytes: number;
  requests: number;
}

export interface AuthenticatorStartReport {
  runs: number;
  /** A new phone opening the QR's address: nothing cached. */
  cold: PageTimes[];
  /** The installed app started again: its service worker and cache hold the shell. */
  warm: PageTimes[];
  coldP50Ms: number;
  warmP50Ms: number;
  /**
   * What the network alone costs a cold start on Fast 3G: one request (index.html, the app's
   * script and styles inline), 562.5 ms of latency, plus the bytes at 180 KB/s.
   */
  networkFloorMs: number;
  /** The same floor for index.html gzipped, as the server sends it to a browser accepting gzip. */
  networkFloorIfGzippedMs: number;
  goalMs: number;
  withinGoal: boolean;
}

// Marks the app's first screen: a heading and a button in the document, then the next frame.
// Injected through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
const MARK_FIRST_SCREEN = `(() => {
  const seen = () => document.querySelector("main h1, h1") && document.querySelector("button");
  const mark = () => requestAnimationFrame(() => setTimeout(() => { window.__twofoldFirstScreen = performance.now(); }, 0));
  new MutationObserver((_, observer) => {
    if (!seen()) return;
    observer.disconnect();
    mark();
  }).observe(document, { subtree: true, childList: true });
})();`;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

// What the page knows about its start, read once the first screen is marked (an expression: the
// bench's own code is typed for Node, this runs in the page).
const READ_TIMES = `(() => {
  const screenAt = window.__twofoldFirstScreen;
  const [nav] = performance.getEntriesByType("navigation");
  const resources = performance.getEntriesByType("resource").filter((r) => r.responseEnd <= screenAt);
  const assets = resources.filter((r) => r.initiatorType !== "fetch");
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {
    htmlLoadedMs: nav ? nav.responseEnd : 0,
    assetsLoadedMs: Math.max(nav ? nav.responseEnd : 0, ...assets.map((r) => r.responseEnd)),
    firstContentfulPaintMs: fcp ? fcp.startTime : null,
    firstScreenMs: screenAt,
    transferredBytes: (nav ? nav.transferSize : 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
    requests: 1 + resources.length,
  };
})()`;

async function openOnce(page: Page, url: string): Promise<PageTimes> {
  await page.goto(url, { waitUntil: "commit" });
  // A function, not a string: the page's CSP forbids eval.
  await page.waitForFunction(() => "__twofoldFirstScreen" in globalThis, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return page.evaluate<PageTimes>(READ_TIMES);
}

/** One request (index.html carries the app's script and styles), then its bytes. */
const floor = (bytes: number): number =>
  FAST_3G.latency + (bytes / FAST_3G.downloadThroughput) * 1000;

const p50 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

/** One cold start in a fresh phone context, then a warm one (the worker controls the page). */
async function startTwice(
  browser: Browser,
  url: string,
): Promise<{ cold: PageTimes; warm: PageTimes }> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: "en-GB",
  });
  try {
    await context.addInitScript(MARK_FIRST_SCREEN);
    const first = await context.newPage();
    await throttle(first);
    const cold = await openOnce(first, url);
    // The installed app: its worker has cached the shell and controls the next start.
    await first.evaluate("navigator.serviceWorker.ready.then(() => true)");
    await first.close();
    const second = await context.newPage();
    await throttle(second);
    const warm = await openOnce(second, url);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/**
 * Starts the built server serving the built authenticator and opens `/authenticator/` `runs`
 * times on the throttled phone profile. Null when the app or the server is not built.
 */
export async function measureAuthenticatorStart(
  runs = 5,
  dist = AUTHENTICATOR_DIST,
): Promise<AuthenticatorStartReport | null> {
  const size = measureAuthenticatorJS(dist);
  if (!size) return null;
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-bench-authenticator-"));
  const server = await startBuiltServer({
    env: { TWOFOLD_DATA_DIR: dataDir, TWOFOLD_AUTHENTICATOR_DIR: dist },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? requireProgram("chromium"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    ignoreDefaultArgs: ["--headless=old"],
  });
  try {
    // localhost: a secure context, as the phone's https address is.
    const url = `${server.url.replace("//127.0.0.1:", "//localhost:")}/authenticator/`;
    const cold: PageTimes[] = [];
    const warm: PageTimes[] = [];
    for (let i = 0; i < runs; i += 1) {
      const times = await startTwice(browser, url);
      cold.push(times.cold);
      warm.push(times.warm);
    }
    const coldP50Ms = p50(cold.map((t) => t.firstScreenMs));
    const bytes = p50(cold.map((t) => t.transferredBytes));
    return {
      runs,
      cold,
      warm,
      coldP50Ms,
      warmP50Ms: p50(warm.map((t) => t.firstScreenMs)),
      networkFloorMs: floor(bytes),
      networkFloorIfGzippedMs: floor(size.firstVisitGzipBytes),
      goalMs: AUTHENTICATOR_FIRST_SCREEN_GOAL_MS,
      withinGoal: coldP50Ms <= AUTHENTICATOR_FIRST_SCREEN_GOAL_MS,
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function describeAuthenticatorStart(report: AuthenticatorStartReport | null): string {
  if (!report) return "Phone authenticator first screen: not measured (build apps/authenticator)";
  const ms = (n: number): string => `${Math.round(n)} ms`;
  const mid = (pick: (t: PageTimes) => number): string => ms(p50(report.cold.map(pick)));
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  return (
    `Phone authenticator first screen (CPU ${CPU_SLOWDOWN}× slower, Fast 3G: ${FAST_3G.latency} ms latency, ` +
    `${kb(FAST_3G.downloadThroughput)}/s down), p50 of ${report.runs}: ` +
    `first visit ${ms(report.coldP50Ms)} (index.html in ${mid((t) => t.htmlLoadedMs)}, ` +
    `last asset before the screen in ${mid((t) => t.assetsLoadedMs)}, ` +
    `${kb(p50(report.cold.map((t) => t.transferredBytes)))} in ${p50(report.cold.map((t) => t.requests))} requests; ` +
    `network floor ${ms(report.networkFloorMs)}; ${ms(report.networkFloorIfGzippedMs)} for index.html gzipped); ` +
    `installed app started again (service worker cache) ${ms(report.warmP50Ms)}; ` +
    `goal ≤ ${ms(report.goalMs)} on the first visit: ${report.withinGoal ? "met" : "MISSED"}`
  );
}
