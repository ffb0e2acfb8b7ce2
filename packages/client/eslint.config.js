import { config } from "@twofold/eslint-config";

// The typed client every front end uses: it knows the api's types, never the engine.
export default config({
  allow: ["@twofold/i18n"],
  tests: ["@twofold/testing"],
  types: ["@twofold/api"],
});
