import { requireProgram } from "@twofold/testing";
import type { LaunchOptions } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`), never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? requireProgram("chromium");
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
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
};
