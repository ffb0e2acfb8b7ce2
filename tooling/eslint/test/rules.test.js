// The shared config refuses an app, a package not allowed, a value where only types are, and
// process.env outside src/env.ts: proved on fixture files.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { config } from "../index.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/rules/", import.meta.url));

/** The rules under test (the fixtures know no Node types: the type-checked rules say so). */
const RULES = new Set(["@typescript-eslint/no-restricted-imports", "no-restricted-properties"]);

/** Each refusal by the rules under test as "line rule", by file name. */
async function lint(options) {
  const eslint = new ESLint({
    cwd: FIXTURES,
    overrideConfigFile: true,
    overrideConfig: config(options),
  });
  const results = await eslint.lintFiles(["src/*.ts", "e2e/*.ts"]);
  return Object.fromEntries(
    results.map((r) => [
      r.filePath.slice(FIXTURES.length),
      r.messages.filter((m) => RULES.has(m.ruleId)).map((m) => `${m.line} ${m.ruleId}`),
    ]),
  );
}

describe("imports and the environment in the shared config", { timeout: 60_000 }, () => {
  it("refuses an app and an unlisted package, a value import of a types-only one, process.env", async () => {
    expect(await lint({ allow: ["@twofold/core"], types: ["@twofold/api"] })).toEqual({
      "src/env.ts": [],
      "src/imports-app.ts": [
        "2 @typescript-eslint/no-restricted-imports",
        "3 @typescript-eslint/no-restricted-imports",
      ],
      "src/imports-types.ts": ["3 @typescript-eslint/no-restricted-imports"],
      "src/reads-env.ts": ["2 no-restricted-properties"],
      "src/ships-stack.ts": ["2 @typescript-eslint/no-restricted-imports"],
      "e2e/harness.ts": ["2 @typescript-eslint/no-restricted-imports"],
    });
  });

  it("lets through what a package allows, but never an app", async () => {
    const allowed = await lint({ allow: ["@twofold/db", "@twofold/api"] });
    expect(allowed["src/imports-app.ts"]).toEqual(["2 @typescript-eslint/no-restricted-imports"]);
    expect(allowed["src/imports-types.ts"]).toEqual([]);
    expect(() => config({ allow: ["@twofold/server"] })).toThrow(/is an app/);
  });

  it("lets tests alone take what `tests` names (the test stack), never shipped code", async () => {
    const linted = await lint({ allow: ["@twofold/db"], tests: ["@twofold/test-stack"] });
    expect(linted["e2e/harness.ts"]).toEqual([]);
    expect(linted["src/ships-stack.ts"]).toEqual(["2 @typescript-eslint/no-restricted-imports"]);
    expect(linted["src/imports-app.ts"]).toEqual(["2 @typescript-eslint/no-restricted-imports"]);
  });
});
