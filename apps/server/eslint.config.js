import { config } from "@twofold/eslint-config";

// The server composes api, core and db (and i18n's event sentences, for log exports); it never
// imports another app (it spawns the gateway's built file).
export default [
  ...config({
    allow: [
      "@twofold/api",
      "@twofold/core",
      "@twofold/db",
      "@twofold/i18n",
      "@twofold/push-protocol",
    ],
    tests: ["@twofold/testing"],
  }),
  // The supervisor hands the server's environment on to the gateway it spawns (reads nothing).
  { files: ["src/gateway-supervisor.ts"], rules: { "no-restricted-properties": "off" } },
  // test/authenticator-dist is a built app's fixture (browser files as a build leaves them).
  { ignores: ["test/authenticator-dist/**"] },
];
