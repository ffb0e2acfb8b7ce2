import { config } from "@twofold/eslint-config";

// Strings only: front ends import this; it takes the api's *types* alone.
export default [
  ...config({ types: ["@twofold/api"] }),
  // French typography puts a non-breaking space before : ; ? ! and inside « ».
  {
    files: ["src/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
