// Installability as Chromium judges it ("Add to Home Screen"): only a persistent profile can say
// it, a private context always answers `in-incognito`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_LAUNCH } from "./chromium";
import { PHONE } from "./harness";

export interface Installability {
  errors: string[];
  manifestUrl: string | null;
}

/**
 * Opens `url` in a phone-sized persistent profile, waits until its service worker controls the
 * page, and asks Chromium why it could not install it (an empty list: installable).
 */
export async function checkInstallable(
  url: string,
  shot: (page: Page, step: string) => Promise<void>,
): Promise<Installability> {
  const profile = mkdtempSync(join(tmpdir(), "twofold-install-profile-"));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, ...PHONE });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // A worker that does not claim the page at once controls it from the next load.
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload();
    }
    await shot(page, "installable");
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    const { url: manifestUrl } = await cdp.send("Page.getAppManifest");
    return {
      errors: installabilityErrors.map(
        (e) => `${e.errorId} ${e.errorArguments.map((a) => `${a.name}=${a.value}`).join(" ")}`,
      ),
      manifestUrl: manifestUrl || null,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
