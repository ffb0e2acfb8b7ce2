// Shared lint rules. Types are the contract: no `any`, no ts-ignore, no non-null `!`.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** The apps: no package and no app imports one (tests start a server through a test package). */
export const APPS = [
  "@twofold/server",
  "@twofold/web",
  "@twofold/tui",
  "@twofold/push-gateway",
  "@twofold/authenticator",
];

/** Every workspace package code could import (the lint, tsconfig and prettier presets aside). */
const WORKSPACE = [
  "@twofold/api",
  "@twofold/client",
  "@twofold/core",
  "@twofold/db",
  "@twofold/device",
  "@twofold/i18n",
  "@twofold/password-strength",
  "@twofold/push-protocol",
  "@twofold/testing",
  "@twofold/test-stack",
  "@twofold/bench",
  ...APPS,
];

/**
 * @typedef {object} ImportOptions
 * @property {string[]} [allow] the workspace packages this package may import (and their
 *   subpaths); every other one is refused, an app always.
 * @property {string[]} [types] workspace packages it may take types from, with `import type` only.
 * @property {{ pattern: string; message: string }[]} [forbid] further patterns it must never
 *   import (an outside library, a subpath of an allowed package).
 * @property {string[]} [tests] workspace packages its tests alone may import besides `allow`
 *   (test files, test/ and e2e/ folders): `@twofold/test-stack`, the one door to a running app.
 */

/**
 * The `@typescript-eslint/no-restricted-imports` setting that keeps the arrows one way
 * (apps -> api -> core -> db; front ends -> client/device/i18n): exported for a package whose
 * test folder may take something its shipped code may not.
 * @param {ImportOptions} [options]
 */
export function restrictedImports(options = {}) {
  const allow = options.allow ?? [];
  const types = options.types ?? [];
  for (const name of [...allow, ...types]) {
    if (APPS.includes(name)) throw new Error(`${name} is an app: nothing may import an app`);
    if (!WORKSPACE.includes(name)) throw new Error(`${name} is not a workspace package`);
  }
  const may =
    [...allow, ...types.map((name) => `${name} (types only)`)].join(", ") ||
    "no other workspace package";
  const refused = WORKSPACE.filter((name) => !allow.includes(name) && !types.includes(name));
  return [
    "error",
    {
      patterns: [
        ...refused.map((name) => ({
          group: [name],
          message: APPS.includes(name)
            ? "no package and no app imports an app (tests start one through a test package)."
            : `this package imports only ${may} (see its README): arrows go apps -> api -> core -> db, front ends -> client/device/i18n.`,
        })),
        ...types.map((name) => ({
          group: [name],
          allowTypeImports: true,
          message: "this package takes only types from it: `import type`.",
        })),
        ...(options.forbid ?? []).map((f) => ({ group: [f.pattern], message: f.message })),
      ],
    },
  ];
}

/** Test files and test scaffolding: they may read the environment (a test database's URL). */
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];

/** Where tests and their scaffolding live: they may take the packages of `tests` too. */
const TEST_CODE = ["**/*.test.ts", "**/*.test.tsx", "test/**", "e2e/**"];

/** @param {ImportOptions} [options] */
export function config(options = {}) {
  const testsAlso = options.tests ?? [];
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
        "@typescript-eslint/no-restricted-imports": restrictedImports(options),
      },
    },
    // The environment is read and validated in each app's src/env.ts, and nowhere else in
    // shipped code (tests, scripts and tooling may read it).
    {
      files: ["src/**"],
      ignores: ["src/env.ts", ...TEST_FILES],
      rules: {
        "no-restricted-properties": [
          "error",
          {
            object: "process",
            property: "env",
            message:
              "read the environment in the app's src/env.ts (validated there), and pass it on.",
          },
        ],
      },
    },
    {
      files: ["**/*.test.ts", "**/*.test.tsx", "scripts/**", "src/bin/**"],
      rules: { "no-console": "off" },
    },
    ...(testsAlso.length > 0
      ? [
          {
            files: TEST_CODE,
            rules: {
              "@typescript-eslint/no-restricted-imports": restrictedImports({
                ...options,
                allow: [...(options.allow ?? []), ...testsAlso],
              }),
            },
          },
        ]
      : []),
    { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  );
}
