// The shared config refuses an import cycle: proved on two fixture files that import each other.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { config } from "../index.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/cycle/", import.meta.url));

/** The rule ids each fixture file is refused with, by file name. */
async function lint(files) {
  const eslint = new ESLint({ cwd: FIXTURES, overrideConfigFile: true, overrideConfig: config() });
  const results = await eslint.lintFiles(files);
  return Object.fromEntries(
    results.map((r) => [r.filePath.slice(FIXTURES.length), r.messages.map((m) => m.ruleId)]),
  );
}

describe("import-x/no-cycle in the shared config", { timeout: 60_000 }, () => {
  it("refuses two files that import each other, on both sides", async () => {
    expect(await lint(["first.ts", "second.ts"])).toEqual({
      "first.ts": ["import-x/no-cycle"],
      "second.ts": ["import-x/no-cycle"],
    });
  });

  it("lets a one-way import through", async () => {
    expect(await lint(["leaf.ts", "shape.ts"])).toEqual({ "leaf.ts": [], "shape.ts": [] });
  });
});
