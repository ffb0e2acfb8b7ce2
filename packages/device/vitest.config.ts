import { defineConfig } from "vitest/config";

// Each test starts real servers (and gateways): more than vitest's default 5 s.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 30_000, fileParallelism: false },
});
