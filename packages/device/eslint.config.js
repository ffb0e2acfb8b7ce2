import { config } from "@twofold/eslint-config";

// The device client runs on a device: it talks to the server through the typed client only.
export default config({
  forbid: [
    { pattern: "@twofold/core", message: "a device talks to the server only through tRPC." },
    { pattern: "@twofold/db", message: "a device talks to the server only through tRPC." },
  ],
});
