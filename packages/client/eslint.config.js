import { config } from "@twofold/eslint-config";

// The typed client every front end uses: it knows the api's types, never the engine.
export default config({
  forbid: [
    { pattern: "@twofold/core", message: "clients talk to the server only through tRPC." },
    { pattern: "@twofold/db", message: "clients talk to the server only through tRPC." },
  ],
});
