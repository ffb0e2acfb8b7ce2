// Threat: someone with access to the database edits the security log, and nobody can tell.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { createDatabase, queryRows } from "@twofold/db";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { call, data } from "./test-http";
import { startBuiltServer } from "./testing";

const dataDir = mkdtempSync(join(tmpdir(), "twofold-verify-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _unused, ...rest } = env;
  return rest;
}

/** `pnpm --filter @twofold/server verify-log`, as an operator runs it: exit code and output. */
async function verifyLog(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(import.meta.dirname, "../dist/verify-log.js")],
      { env: { ...withoutDatabaseUrl(process.env), TWOFOLD_DATA_DIR: dataDir } },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, out: e.stdout ?? "" };
  }
}

describe("verify-log", () => {
  it("says the chain is unbroken, then names the entry someone altered in the database", async () => {
    const server = await startBuiltServer(dataDir, { TWOFOLD_WEB_DIR: join(dataDir, "no-web") });
    const password = "correct horse battery staple";
    for (const email of ["first@example.ch", "second@example.ch"]) {
      data(await call(server.url, "auth.signUp", { email, password }));
      data(await call(server.url, "auth.signIn", { email, password }));
    }
    expect(await server.stop()).toBe(0);

    const clean = await verifyLog();
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/unbroken: 4 entries chained/);

    const database = await createDatabase(undefined, { dataDir });
    let altered = 0;
    try {
      const [row] = await queryRows<{ id: number }>(
        database.db,
        sql`update security_events set ip = '10.0.0.1' where seq = 3 returning id`,
      );
      altered = Number(row?.id);
    } finally {
      await database.close();
    }
    const tampered = await verifyLog();
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(
      `an entry was altered at entry id ${altered} (place 3 in the chain)`,
    );
  });
});
