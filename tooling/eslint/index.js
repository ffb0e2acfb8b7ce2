// Shared lint rules. Types are the contract: no `any`, no ts-ignore, no non-null `!`.
import js from "@eslint/js";
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
      rules: {
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
