import { config } from "@twofold/eslint-config";

// core -> db (and the signed payloads of push-protocol, the password estimator); never api, an app, HTTP or tRPC.
export default config({
  allow: ["@twofold/db", "@twofold/password-strength", "@twofold/push-protocol"],
  tests: ["@twofold/testing"],
  forbid: [{ pattern: "@trpc/*", message: "core knows no HTTP or tRPC." }],
});
