import { config } from "@twofold/eslint-config";

// The browser app takes only the AppRouter *type* from the api, never the engine or the database.
export default [
  ...config({
    forbid: [
      { pattern: "@twofold/core", message: "web talks to the server only through tRPC." },
      { pattern: "@twofold/db", message: "web talks to the server only through tRPC." },
      { pattern: "drizzle-orm", message: "web talks to the server only through tRPC." },
    ],
  }),
  // French typography puts a non-breaking space before : ; ? ! and inside « ».
  {
    files: ["src/i18n/**"],
    rules: { "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true }] },
  },
];
