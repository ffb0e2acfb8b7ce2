import { defineConfig } from "vitest/config";

// Unit tests beside the code; the end-to-end suite drives Debian's Chromium against a real server.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
