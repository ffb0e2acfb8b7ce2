import { config, restrictedImports } from "@twofold/eslint-config";

// The phone app speaks to the server through tRPC and the device package, never the engine.
const allow = ["@twofold/client", "@twofold/device", "@twofold/push-protocol"];
const tests = ["@twofold/i18n", "@twofold/testing", "@twofold/test-stack"];

export default [
  ...config({
    allow,
    tests,
    forbid: [
      {
        pattern: "@twofold/device/node",
        message: "the browser build takes the browser-safe entry.",
      },
    ],
  }),
  { ignores: ["dist/", "test-results/"] },
  // The try-it script reports each check on the console, and, standing in for a second
  // device, takes the terminal's device client (the node entry); still never an app.
  {
    files: ["test/**"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-restricted-imports": restrictedImports({
        allow: [...allow, ...tests],
      }),
    },
  },
  {
    files: ["src/i18n/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
