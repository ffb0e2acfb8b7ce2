import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REFERENCE_FILE, REFERENCE_PATH, REGENERATE, renderApiReference } from "./api-reference";

describe(`the committed API reference (${REFERENCE_PATH})`, () => {
  // Reading the router's source with the TypeScript compiler takes a while on a busy machine.
  it("says what the router says now", { timeout: 300_000 }, () => {
    const committed = readFileSync(REFERENCE_FILE, "utf8");
    const current = renderApiReference();
    expect(committed, `${REFERENCE_PATH} is stale: run \`${REGENERATE}\` and commit it`).toBe(
      current,
    );
  });
});
