import { config } from "@twofold/eslint-config";

export default config({
  forbid: [
    { pattern: "@twofold/db", message: "api talks to the database only through core." },
    { pattern: "@twofold/server", message: "api never imports an app." },
    { pattern: "drizzle-orm", message: "api talks to the database only through core." },
  ],
});
