import { configDefaults, defineConfig } from "vitest/config";

// gateway.scaled.test.ts runs two servers on one PostgreSQL: without DATABASE_URL it is left out
// of the run (not skipped).
const POSTGRES_ONLY = ["src/gateway.scaled.test.ts"];

// Each test starts real servers (and gateways): more than vitest's default 5 s.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    fileParallelism: false,
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : POSTGRES_ONLY)],
  },
});
