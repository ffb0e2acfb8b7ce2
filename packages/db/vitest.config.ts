import { configDefaults, defineConfig } from "vitest/config";

// prepared-postgres.test.ts tests PostgreSQL alone: without DATABASE_URL it has nothing to run,
// and a file without a suite fails the run, so it is left out then (not skipped).
const POSTGRES_ONLY = ["src/prepared-postgres.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : POSTGRES_ONLY)],
  },
});
