import { config } from "@twofold/eslint-config";

// The phone app speaks to the server through tRPC and the device package, never the engine.
export default [
  ...config({
    forbid: [
      {
        pattern: "@twofold/core",
        message: "the authenticator talks to the server only through tRPC.",
      },
      {
        pattern: "@twofold/db",
        message: "the authenticator talks to the server only through tRPC.",
      },
      {
        pattern: "@twofold/device/node",
        message: "the browser build takes the browser-safe entry.",
      },
    ],
  }),
  { ignores: ["dist/", "test-results/"] },
  // The try-it script reports each check on the console.
  // (and, standing in for a second device, takes the terminal's device client).
  { files: ["test/**"], rules: { "no-console": "off", "no-restricted-imports": "off" } },
  {
    files: ["src/i18n/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
