import { configDefaults, defineConfig } from "vitest/config";

// sync-servers.test.ts and push-wait-servers.test.ts run two servers on one PostgreSQL: without DATABASE_URL it is left out
// of the run (not skipped).
const POSTGRES_ONLY = ["src/sync-servers.test.ts", "src/push-wait-servers.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : POSTGRES_ONLY)],
  },
});
