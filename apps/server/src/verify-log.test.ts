// Threat: someone with access to the database edits the security log, or cuts its newest entries off and rewrites its state row to match, and nobody can tell.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { createDatabase, queryRows, type DatabaseKind } from "@twofold/db";
import { createTestDatabaseURL, databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { call, data } from "../test/http";
import { startBuiltServer } from "../test/built-server";
import { sender, signUp as signUpWith } from "../test/person";

const MASTER_KEY = "3c5e7a9b1d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c";
const PASSWORD = "correct horse battery staple";

/** A server's data: its folder, its database and the environment that names both. */
interface Installation {
  dataDir: string;
  /** The database URL, unset for the embedded PGlite in the data folder. */
  url: string | undefined;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

const installations: Installation[] = [];
afterAll(async () => {
  for (const { dataDir, drop } of installations) {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function install(kind: DatabaseKind): Promise<Installation> {
  const dataDir = mkdtempSync(join(tmpdir(), "twofold-verify-"));
  const postgres = kind === "postgres" ? await createTestDatabaseURL(kind) : null;
  const env: Record<string, string> = {
    TWOFOLD_DATA_DIR: dataDir,
    TWOFOLD_GATEWAY: "off",
    TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
    ...(postgres && { DATABASE_URL: postgres.url, TWOFOLD_MASTER_KEY: MASTER_KEY }),
  };
  const installation = {
    dataDir,
    url: postgres?.url,
    env,
    drop: postgres?.drop ?? (async () => {}),
  };
  installations.push(installation);
  return installation;
}

/** Runs the built server, signs these people up (created, address confirmed) and in: three log entries each. */
async function serve(at: Installation, emails: string[]): Promise<string> {
  const server = await startBuiltServer(at.dataDir, { ...at.env, LOG_LEVEL: "info" });
  let out = "";
  server.child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  for (const email of emails) {
    await signUpWith(sender(server.url), email, PASSWORD, {
      outbox: join(at.dataDir, "mail-outbox.jsonl"),
    });
    data(await call(server.url, "auth.signIn", { email, password: PASSWORD }));
  }
  expect(await server.stop()).toBe(0);
  return out;
}

/** `pnpm --filter @twofold/server verify-log`, as an operator runs it: exit code and output. */
async function verifyLog(at: Installation): Promise<{ code: number; out: string }> {
  const { DATABASE_URL: _db, TWOFOLD_MASTER_KEY: _key, ...inherited } = process.env;
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [resolve(import.meta.dirname, "../dist/verify-log.js")],
      { env: { ...inherited, ...at.env } },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, out: e.stdout ?? "" };
  }
}

/** Runs SQL on the installation's database, as someone with access to it would. */
async function tamper<T>(at: Installation, query: ReturnType<typeof sql>): Promise<T[]> {
  const database = await createDatabase(at.url, { dataDir: at.dataDir });
  try {
    return await queryRows<T>(database.db, query);
  } finally {
    await database.close();
  }
}

function witnessOf(at: Installation): { seq: number; hash: string; sealedAt: string } {
  return JSON.parse(readFileSync(join(at.dataDir, "log-witness.json"), "utf8")) as {
    seq: number;
    hash: string;
    sealedAt: string;
  };
}

describe.each(databaseKinds())("verify-log on %s", (kind) => {
  it("says the chain is unbroken against the witness, or without one, then names the entry someone altered", async () => {
    const at = await install(kind);
    const out = await serve(at, ["first@example.ch", "second@example.ch"]);
    const witness = witnessOf(at);
    expect(witness.seq).toBe(6);
    expect(statSync(join(at.dataDir, "log-witness.json")).mode & 0o777).toBe(0o600);
    // The server's log says each head it sealed, the last one as the witness has it.
    expect(out).toContain(`"seq":6,"hash":"${witness.hash}","msg":"security log sealed"`);

    const clean = await verifyLog(at);
    expect(clean.code).toBe(0);
    expect(clean.out).toContain("The security log is unbroken: 6 entries chained.");
    expect(clean.out).toContain(
      `It holds entry 6 as the witness (${join(at.dataDir, "log-witness.json")}, ${witness.sealedAt}) saw it.`,
    );

    renameSync(join(at.dataDir, "log-witness.json"), join(at.dataDir, "aside.json"));
    const unwitnessed = await verifyLog(at);
    expect(unwitnessed.code).toBe(0);
    expect(unwitnessed.out).toContain("6 entries chained. Checked without a witness (no file at");
    renameSync(join(at.dataDir, "aside.json"), join(at.dataDir, "log-witness.json"));

    const [row] = await tamper<{ id: number }>(
      at,
      sql`update security_events set ip = '10.0.0.1' where seq = 3 returning id`,
    );
    const tampered = await verifyLog(at);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(
      `an entry was altered at entry id ${Number(row?.id)} (place 3 in the chain)`,
    );
  });

  it("names a cut-off end whose state row was rewritten to match, and keeps the witness when the server seals over the cut", async () => {
    const at = await install(kind);
    await serve(at, ["first@example.ch", "second@example.ch"]);
    const witness = witnessOf(at);
    expect(witness.seq).toBe(6);
    // The attacker removes the last two entries and makes the state row agree.
    await tamper(
      at,
      sql`with cut as (delete from security_events where seq > 4 returning id)
          update log_state set sealed_seq = 4, notified_seq = least(notified_seq, 4),
                 head_hash = (select hash from security_events where seq = 4)
           where id = 1 and (select count(*) from cut) = 2 returning id`,
    );
    const cut = await verifyLog(at);
    expect(cut.code).toBe(1);
    expect(cut.out).toContain(
      `the log ends at 4 but the witness (${join(at.dataDir, "log-witness.json")}, ${witness.sealedAt}) saw entry 6 with hash ${witness.hash}: entries were removed.`,
    );

    // The server goes on, sealing new entries at places 5 to 10: the witness keeps entry 6.
    const out = await serve(at, ["third@example.ch", "fourth@example.ch"]);
    expect(out).toContain("the security log no longer holds the entry its witness saw");
    expect(witnessOf(at)).toEqual(witness);
    const resealed = await verifyLog(at);
    expect(resealed.code).toBe(1);
    expect(resealed.out).toContain(
      `entry 6 is not the one the witness (${join(at.dataDir, "log-witness.json")}, ${witness.sealedAt}) saw with hash ${witness.hash}: entries were removed and others sealed in their place.`,
    );
  });
});
