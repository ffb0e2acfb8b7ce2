import { config } from "@twofold/eslint-config";

// The device client runs on a device: it talks to the server through the typed client only.
export default config({
  allow: ["@twofold/client", "@twofold/push-protocol"],
  tests: ["@twofold/testing", "@twofold/test-stack"],
});
