import { config } from "@twofold/eslint-config";

export default config({
  forbid: [
    { pattern: "@twofold/core", message: "db is the bottom layer: it imports no other package." },
    { pattern: "@twofold/api", message: "db is the bottom layer: it imports no other package." },
  ],
});
