import { config } from "@twofold/eslint-config";

// The terminal app talks to a server through the typed client only.
export default config({
  forbid: [
    {
      pattern: "@twofold/core",
      message: "the terminal app talks to the server only through tRPC.",
    },
    { pattern: "@twofold/db", message: "the terminal app talks to the server only through tRPC." },
  ],
});
