import { config } from "@twofold/eslint-config";

// The private test package: fixtures over the database; it reads the environment (which
// databases to test on), as tooling may.
export default [
  ...config({ allow: ["@twofold/db"] }),
  { files: ["src/**"], rules: { "no-restricted-properties": "off" } },
];
