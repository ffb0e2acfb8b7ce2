// `pnpm bench --quick` end to end: every part runs, every sign-in it sends succeeds, and the
// results it writes hold every figure the README's table is made of. No figure is judged here:
// speed is for `pnpm bench` on a quiet machine.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { databaseKinds } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { EXPECTED_PATH } from "./oidc";
import type { BenchReport } from "./report";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "twofold-bench-smoke-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
// The databases of this test run: the PostgreSQL pass (TWOFOLD_TEST_DATABASES=postgres) does not
// measure PGlite again.
const databases = databaseKinds();
const only = databases.length === 1 ? ["--db", ...databases] : [];

describe("pnpm bench --quick", () => {
  it("measures every side on every database and writes results.json and RESULTS.md", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", MAIN, "--quick", "--out", out, ...only],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as BenchReport;
    expect(report.totp.map((t) => t.database)).toEqual(databases);
    for (const db of report.totp) {
      expect(db.errors).toBe(0);
      expect(db.levels.map((l) => l.connections)).toEqual([1, 16, 64]);
      for (const level of db.levels) {
        expect(level.runs.twofold.every((r) => r.succeeded === r.responses)).toBe(true);
        expect(level.twofold.median).toBeGreaterThan(0);
        expect(level.bareTRPC.median).toBeGreaterThan(0);
        expect(level.bareNode.median).toBeGreaterThan(0);
        // better-auth runs on its embedded database only.
        if (db.database === "pglite") expect(level.betterAuth?.median).toBeGreaterThan(0);
        else expect(level.betterAuth).toBeNull();
      }
    }
    expect(report.argon2?.perCore.median).toBeGreaterThan(0);
    expect(report.serverStart?.warmMs.median).toBeGreaterThan(0);
    expect(report.push?.connectedDevices).toBe(1_000);
    expect(report.pushWait?.samples).toBe(10);
    expect(report.appPasswords?.errors).toBe(0);
    // The OpenID Connect provider on the sync check's server: every introspection said active,
    // every code flow went by redirects alone to the app's callback and got its tokens.
    expect(report.oidc?.introspection.errors).toBe(0);
    expect(report.oidc?.introspection.twofold.median).toBeGreaterThan(0);
    expect(report.oidc?.codeFlows.errors).toBe(0);
    expect(report.oidc?.codeFlows.flows.median).toBeGreaterThan(0);
    expect(Object.keys(report.oidc?.codeFlows.paths ?? {})).toEqual([EXPECTED_PATH]);
    // The phone authenticator (built before this test): its size, and its first screen opened
    // on the throttled phone profile, first visit and installed.
    expect(report.authenticatorJS?.gzipBytes).toBeGreaterThan(0);
    expect(report.authenticatorStart?.cold.every((t) => t.firstScreenMs > 0)).toBe(true);
    expect(report.authenticatorStart?.warm.every((t) => t.firstScreenMs > 0)).toBe(true);
    expect(report.goals.map((g) => g.measure)).toContain("Server start to healthy (warm, median)");
    expect(report.goals.map((g) => g.measure)).toContain(
      "Token introspection vs application-password check",
    );
    expect(report.goals.map((g) => g.measure)).toContain(
      "Phone authenticator first screen, first visit (CPU 4×, Fast 3G, p50)",
    );
    const markdown = readFileSync(join(out, "RESULTS.md"), "utf8");
    for (const database of databases) expect(markdown).toContain(`| ${database} | 64 |`);
    expect(markdown).toContain("## OpenID Connect");
    expect(stdout).toContain("## Goals");
  });
});
