import { config } from "@twofold/eslint-config";

// Strings only: front ends import this; it imports the api's *types* alone.
export default [
  ...config({
    forbid: [
      { pattern: "@twofold/core", message: "i18n holds strings; it knows the api's types only." },
      { pattern: "@twofold/db", message: "i18n holds strings; it knows the api's types only." },
    ],
  }),
  // French typography puts a non-breaking space before : ; ? ! and inside « ».
  {
    files: ["src/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
