import { config } from "@twofold/eslint-config";

// pnpm bench drives the built apps as processes (never imports one) and reads its settings from
// the environment, as tooling may.
export default [
  ...config({
    allow: [
      "@twofold/client",
      "@twofold/core",
      "@twofold/db",
      "@twofold/device",
      "@twofold/push-protocol",
      "@twofold/testing",
      "@twofold/test-stack",
    ],
  }),
  { files: ["src/**"], rules: { "no-restricted-properties": "off" } },
];
