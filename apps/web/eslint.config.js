import { config } from "@twofold/eslint-config";

// The browser app talks to the server through the typed client: never the engine or database.
export default [
  ...config({
    allow: ["@twofold/client", "@twofold/i18n", "@twofold/password-strength"],
    tests: ["@twofold/device", "@twofold/testing", "@twofold/test-stack"],
    forbid: [{ pattern: "drizzle-orm", message: "web talks to the server only through tRPC." }],
  }),
  // French typography puts a non-breaking space before : ; ? ! and inside « ».
  {
    files: ["src/i18n/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
