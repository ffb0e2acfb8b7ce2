import { config } from "@twofold/eslint-config";

// The phone app speaks to the server through tRPC and the device package, never the engine.
export default [
  ...config({
    forbid: [
      { pattern: "@twofold/core", message: "the authenticator talks to the server only through tRPC." },
      { pattern: "@twofold/db", message: "the authenticator talks to the server only through tRPC." },
      { pattern: "@twofold/device/node", message: "the browser build takes the browser-safe entry." },
    ],
  }),
  { ignores: ["dist/", "test-results/"] },
  {
    files: ["src/i18n/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
