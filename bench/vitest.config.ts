import { defineConfig } from "vitest/config";

export default defineConfig({
  // One smoke run of the whole bench: servers, peers and load generators in child processes.
  test: { testTimeout: 900_000, hookTimeout: 60_000 },
});
