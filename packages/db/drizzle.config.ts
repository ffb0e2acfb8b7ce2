import { defineConfig } from "drizzle-kit";

// `pnpm --filter @twofold/db generate` writes a migration from the schema; no database needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./drizzle",
});
