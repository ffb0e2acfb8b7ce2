import { config } from "@twofold/eslint-config";

// api -> core: never the database directly, never an app.
export default config({
  allow: ["@twofold/core", "@twofold/push-protocol"],
  tests: ["@twofold/testing"],
  forbid: [{ pattern: "drizzle-orm", message: "api talks to the database only through core." }],
});
