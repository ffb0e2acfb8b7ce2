// Shared lint rules. Types are the contract: no `any`, no ts-ignore, no non-null `!`.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/**
 * @param {{ forbid?: { pattern: string; message: string }[] }} [options]
 *   import patterns this package must never use (keeps the arrows apps -> api -> core -> db).
 */
export function config(options = {}) {
  const forbid = options.forbid ?? [];
  return tseslint.config(
    { ignores: ["dist/**", "drizzle/**", "coverage/**"] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true },
      },
      plugins: { "import-x": importX },
      settings: {
        ...importX.flatConfigs.typescript.settings,
        "import-x/resolver-next": [createTypeScriptImportResolver()],
      },
      rules: {
        // No import cycle inside a package (type-only imports aside: they vanish at run time).
        // Another package counts as external and is not walked: the forbid lists and the
        // packages' dependencies keep the arrows between packages one way.
        "import-x/no-cycle": ["error", { ignoreExternal: true }],
        "@typescript-eslint/no-explicit-any": "error",
        "@typescript-eslint/ban-ts-comment": "error",
        "@typescript-eslint/no-non-null-assertion": "error",
        "@typescript-eslint/consistent-type-imports": "error",
        "@typescript-eslint/no-unused-vars": [
          "error",
          { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
        ],
        "@typescript-eslint/require-await": "off",
        "@typescript-eslint/unbound-method": ["error", { ignoreStatic: true }],
        "no-console": ["error", { allow: ["error", "warn"] }],
        "no-restricted-imports": [
          "error",
          { patterns: forbid.map((f) => ({ group: [f.pattern], message: f.message })) },
        ],
      },
    },
    {
      files: ["**/*.test.ts", "**/*.test.tsx", "scripts/**", "src/bin/**"],
      rules: { "no-console": "off" },
    },
    { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  );
}
