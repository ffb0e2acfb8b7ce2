import { defineConfig } from "vitest/config";

// Unit tests of the pure logic (storage, routing, i18n; the retry of answers is in packages/device) beside the code; the end-to-end
// suite drives Debian's Chromium against the built server, one file at a time.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
