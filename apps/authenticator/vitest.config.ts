import { defineConfig } from "vitest/config";

// Unit tests of the pure logic (storage, routing, i18n, retry) beside the code.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"] },
});
