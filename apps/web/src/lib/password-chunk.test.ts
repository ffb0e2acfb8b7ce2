import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The password estimator and its dictionaries (about 2 MB) must stay out of the first page's
// JavaScript: only the pages with a new-password field fetch them. Reads the build (`pnpm build`
// runs before the tests).
const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

/** Strings only zxcvbn-ts's code and dictionaries hold. */
const MARKERS = ["l33tMaxSubstitutions", "diceware"];

function firstPageScripts(): string[] {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
  return [...new Set(sources)];
}

describe("the built web app", () => {
  it("keeps zxcvbn out of the first page and in a chunk of its own", () => {
    const first = firstPageScripts();
    expect(first.length).toBeGreaterThan(0);
    for (const src of first) {
      const code = readFileSync(join(DIST, src.replace(/^\//, "")), "utf8");
      for (const marker of MARKERS) expect(code.includes(marker), `${src}: ${marker}`).toBe(false);
    }
    const chunks = readdirSync(join(DIST, "assets")).filter((name) => name.endsWith(".js"));
    const withEstimator = chunks.filter((name) =>
      MARKERS.every((marker) => readFileSync(join(DIST, "assets", name), "utf8").includes(marker)),
    );
    expect(withEstimator).toHaveLength(1);
    expect(first.some((src) => withEstimator.some((name) => src.endsWith(name)))).toBe(false);
  });
});
