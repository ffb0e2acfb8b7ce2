import { config } from "@twofold/eslint-config";

// The terminal app talks to a server through the typed client only.
export default [
  ...config({
    allow: ["@twofold/client", "@twofold/device", "@twofold/i18n", "@twofold/push-protocol"],
    tests: ["@twofold/testing", "@twofold/test-stack"],
  }),
  // The command line's entry hands the environment to what reads it (parseCli, themeFor,
  // configDir), and interactive.ts clears CI variables before Ink loads: the app has no env.ts.
  {
    files: ["src/cli.tsx", "src/lib/interactive.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];
