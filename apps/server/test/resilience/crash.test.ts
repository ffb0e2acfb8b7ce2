// Threat: the server dies mid-request (kill -9, OOM, power cut) and leaves a half-made factor, loses or revives backup codes, breaks the security log, or a database that no longer opens.
import { randomInt } from "node:crypto";
import { execFile } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { parseMasterKey } from "@twofold/core";
import { createDatabase, type DatabaseKind } from "@twofold/db";
import { createTestDatabaseURL, databaseKinds, otpAppCode } from "@twofold/testing";
import { afterAll, describe, expect, it } from "vitest";
import { data, reason } from "../http";
import { BUILT_MAIN, startBuiltServer, type BuiltServer } from "../built-server";
import {
  codeHasher,
  logProblems,
  personProblems,
  snapshot,
  stateProblems,
} from "./crash-invariants";
import {
  act,
  beginEnrollment,
  confirmEnrollment,
  Lost,
  newPerson,
  nextTOTPCode,
  PASSWORD,
  regenerate,
  send,
  signInPending,
  signInWithTOTP,
  totpCode,
  unusedCodes,
  withStepUp,
  type Person,
  type Target,
} from "./crash-people";
import { mailedCode } from "../person";

const MASTER_KEY = "5f0c2a4e9b7d13c86a2f4e0b9d7c5a3e1f2b4d6c8a0e2f4b6d8c0a2e4f6b8d0c";
const WORKERS = 12;
const MAX_PEOPLE = 60;
/** Requests answered before each kill (then a random few milliseconds more): different moments. */
const KILL_AFTER = [20, 60, 4, 35];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function killHard(server: BuiltServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGKILL");
  await exited;
}

const execFileAsync = promisify(execFile);

/** `pnpm verify-log` on the data the server uses (while it is down): its report, on exit 0. */
async function verifyLogCommand(env: Record<string, string>): Promise<string> {
  const { DATABASE_URL: _db, TWOFOLD_MASTER_KEY: _key, ...inherited } = process.env;
  const { stdout } = await execFileAsync(
    process.execPath,
    [join(dirname(BUILT_MAIN), "verify-log.js")],
    { env: { ...inherited, ...env } },
  );
  return stdout;
}

async function expectHealthy(url: string): Promise<void> {
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
}

/** Runs `task` for every person, a few at a time. */
async function forEach(people: Person[], task: (p: Person) => Promise<void>): Promise<void> {
  const queue = [...people];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await task(p);
    }),
  );
}

/** Everyone at work at once until `killAfter` requests were answered; then kill -9. */
async function loadThenKill(
  server: BuiltServer,
  target: Target,
  people: Person[],
  killAfter: number,
  tag: string,
): Promise<{ failures: string[]; inDoubt: number }> {
  const state = { stopping: false, done: 0, failures: [] as string[] };
  const pick = (): Person | null => {
    const idle = people.filter((p) => !p.busy && p.stage === "enrolled");
    if (people.length < MAX_PEOPLE && (idle.length === 0 || randomInt(10) < 3)) {
      const p = newPerson(people.length, tag);
      people.push(p);
      return p;
    }
    return idle.length > 0 ? (idle[randomInt(idle.length)] ?? null) : null;
  };
  const worker = async (): Promise<void> => {
    while (!state.stopping) {
      const p = pick();
      if (!p) {
        await sleep(5);
        continue;
      }
      p.busy = true;
      try {
        await act(target, p);
        state.done += 1;
      } catch (error) {
        if (!(error instanceof Lost && state.stopping))
          state.failures.push(`${p.email}: ${String(error)}`);
      } finally {
        p.busy = false;
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  while (state.done < killAfter && state.failures.length === 0) await sleep(2);
  await sleep(randomInt(40));
  state.stopping = true;
  await killHard(server);
  await Promise.all(workers);
  return { failures: state.failures, inDoubt: people.filter((p) => p.doubt).length };
}

/**
 * After the restart, each person finds out what happened to the request the crash cut, the way
 * they would: by trying again. The answer must match what the database held.
 */
async function resolve(target: Target, p: Person, committed: boolean | undefined): Promise<void> {
  const doubt = p.doubt;
  p.doubt = null;
  if (doubt?.op === "signUp") {
    // Signing up again answers as always; then the password says whether the account opened.
    const after = new Date(Date.now() - 1000);
    const again = await send(target, p, "auth.signUp", { email: p.email, password: PASSWORD });
    expect(data(again), p.email).toEqual({ status: "verification_required" });
    const signedIn = data<{ status: string; token?: string }>(
      await send(target, p, "auth.signIn", {
        email: p.email,
        password: PASSWORD,
        tokenInBody: true,
      }),
    );
    if (signedIn.status === "authenticated") {
      // The first sign-up was confirmed before the crash.
      expect(committed, p.email).toBe(true);
      p.token = signedIn.token ?? null;
    } else {
      expect(signedIn.status, p.email).toBe("verification_required");
      // The sign-up and the sign-in each mailed a code, the second ending the first; the mails
      // may arrive one after the other. Each code is tried once: a stale code tried again and
      // again would use up the live code's tries (a wrong try counts against it) before its
      // mail arrives. The newest code at each look, until one works.
      const tried = new Set<string>();
      for (let looks = 1; ; looks += 1) {
        const code = await mailedCode(p.email, { outbox: target.mailOutbox, after });
        if (tried.has(code)) {
          if (looks >= 80)
            throw new Error(`${p.email}: no code mailed since ${after.toISOString()} works`);
          await sleep(250);
          continue;
        }
        tried.add(code);
        const reply = await send(target, p, "auth.verifyEmail", {
          email: p.email,
          code,
          tokenInBody: true,
        });
        if (reason(reply) !== "INVALID_CODE") {
          p.token = data<{ token: string }>(reply).token;
          break;
        }
      }
    }
    p.stage = "signedUp";
  }
  if (doubt?.op === "confirm" && committed) {
    // Two-step is on: the app works, but the codes never arrived. The person makes new ones.
    const enrollment = p.enrollment;
    // A right code (not a step of its own: the enrollment is gone before the code is checked).
    const code = otpAppCode(enrollment?.uri ?? "", new Date());
    const again = await withStepUp(target, p, "totp.confirmEnrollment", {
      enrollmentId: enrollment?.id,
      code,
    });
    expect(reason(again), p.email).toBe("ENROLLMENT_NOT_FOUND");
    p.uri = enrollment?.uri ?? null;
    p.enrollment = null;
    p.stage = "enrolled";
    await signInWithTOTP(target, p, await nextTOTPCode(p, p.uri ?? ""));
    await regenerate(target, p);
  }
  if (p.stage === "signedUp") {
    if (!p.enrollment) await beginEnrollment(target, p);
    await confirmEnrollment(target, p);
  }
  if (doubt?.op === "backupCode") {
    const pending = await signInPending(target, p);
    const again = await send(target, p, "auth.verifyBackupCode", { code: doubt.code }, pending);
    if (committed) expect(reason(again), p.email).toBe("CODE_ALREADY_USED");
    else p.token = data<{ token: string }>(again).token;
    p.used.add(doubt.code);
  }
  if (doubt?.op === "regenerate") {
    const old = unusedCodes(p)[0];
    if (old) {
      const pending = await signInPending(target, p);
      const tried = await send(target, p, "auth.verifyBackupCode", { code: old }, pending);
      if (committed) expect(reason(tried), p.email).toBe("INVALID_CODE");
      else p.token = data<{ token: string }>(tried).token;
      p.used.add(old);
    }
    if (committed) {
      // A set nobody saw replaced the old one: sign in with the app and make a new set.
      await signInWithTOTP(target, p, await nextTOTPCode(p, p.uri ?? ""));
      await regenerate(target, p);
    }
  }
}

/**
 * What a person notices: codes spent before the crash stay spent, one of the codes shown still
 * signs in (with the count of those left), and the OTP app signs in (when a step is free).
 */
async function checkPerson(target: Target, p: Person): Promise<void> {
  const pending = await signInPending(target, p);
  for (const spent of p.used) {
    const replay = await send(target, p, "auth.verifyBackupCode", { code: spent }, pending);
    expect(reason(replay), `${p.email} ${spent}`).toBe("CODE_ALREADY_USED");
  }
  const code = unusedCodes(p)[0] ?? "";
  const done = data<{ token: string; remaining: number }>(
    await send(target, p, "auth.verifyBackupCode", { code }, pending),
  );
  p.used.add(code);
  p.token = done.token;
  expect(done.remaining, p.email).toBe(unusedCodes(p).length);
  const totp = totpCode(p, p.uri ?? "", true);
  if (totp) await signInWithTOTP(target, p, totp);
  if (unusedCodes(p).length < 4) await regenerate(target, p);
}

describe.each(databaseKinds())("crash safety on %s", (kind: DatabaseKind) => {
  let dataDir = "";
  let drop = async (): Promise<void> => undefined;
  let running: BuiltServer | undefined;
  afterAll(async () => {
    // A failed check leaves no server behind.
    if (running) await killHard(running);
    await drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps factors, backup codes and the security log whole across repeated kill -9 under load", async () => {
    dataDir = mkdtempSync(join(tmpdir(), `twofold-crash-${kind}-`));
    const postgres = kind === "postgres" ? await createTestDatabaseURL(kind) : null;
    if (postgres) drop = postgres.drop;
    const env: Record<string, string> = {
      TWOFOLD_DATA_DIR: dataDir,
      TWOFOLD_GATEWAY: "off",
      TWOFOLD_TRUST_PROXY: "true",
      TWOFOLD_WEB_DIR: join(dataDir, "no-web"),
      ...(postgres && { DATABASE_URL: postgres.url, TWOFOLD_MASTER_KEY: MASTER_KEY }),
    };
    const start = async (): Promise<BuiltServer> => {
      running = await startBuiltServer(dataDir, env);
      await expectHealthy(running.url);
      return running;
    };
    let server = await start();
    // Embedded: the key file the first start made in the data folder.
    const masterKey = parseMasterKey(
      postgres ? MASTER_KEY : readFileSync(join(dataDir, "master.key"), "utf8"),
    );
    const hash = codeHasher(masterKey);
    const inspect = async () => {
      const handle = await createDatabase(postgres?.url, { dataDir });
      try {
        return await snapshot(handle.db, masterKey);
      } finally {
        await handle.close();
      }
    };
    const target: Target = { url: server.url, mailOutbox: join(dataDir, "mail-outbox.jsonl") };
    const people: Person[] = [];
    let inDoubt = 0;
    const logIssues: string[] = [];

    for (const [round, killAfter] of KILL_AFTER.entries()) {
      const load = await loadThenKill(server, target, people, killAfter, `${kind}${Date.now()}`);
      expect(load.failures).toEqual([]);
      inDoubt += load.inDoubt;

      // It starts again on what the crash left (PGlite recovers its files), and is healthy.
      server = await start();
      // A second crash right after recovery, then the database is read as the crash left it.
      await killHard(server);
      const found = await inspect();
      expect(stateProblems(found), `round ${round}`).toEqual([]);
      // Asserted at the end: a broken log story must not hide what later rounds would find.
      logIssues.push(...logProblems(found).map((p) => `round ${round}: ${p}`));
      const { problems, committed } = personProblems(found, people, hash);
      expect(problems, `round ${round}`).toEqual([]);
      // The hash chain holds (sealing is one transaction), as the server's own tool reports it.
      expect(found.chain).toMatchObject({ ok: true });
      // From the second crash on, the server had time to seal: the chain is really exercised.
      if (round > 0) expect(found.chain.ok ? found.chain.sealed : 0).toBeGreaterThan(0);
      expect(await verifyLogCommand(env)).toMatch(/^The security log is unbroken/);

      server = await start();
      target.url = server.url;
      await forEach(people, (p) => resolve(target, p, committed.get(p)));
      await forEach(people, (p) => checkPerson(target, p));
    }
    // Everyone's OTP app still signs in (all at once: some wait for the next time step).
    await Promise.all(
      people.map(async (p) => signInWithTOTP(target, p, await nextTOTPCode(p, p.uri ?? ""))),
    );

    // The kills did land mid-request (else this test proves nothing), and a clean stop works.
    expect(inDoubt).toBeGreaterThan(0);
    expect(people.filter((p) => p.stage === "enrolled")).toHaveLength(people.length);
    expect(await server.stop()).toBe(0);
    const after = await inspect();
    expect(stateProblems(after)).toEqual([]);
    expect([...logIssues, ...logProblems(after).map((p) => `at the end: ${p}`)]).toEqual([]);
    expect(personProblems(after, people, hash).problems).toEqual([]);
    // A clean stop seals every event into the chain.
    expect(after.chain).toEqual({ ok: true, sealed: after.events.length, unsealed: 0 });
    expect(await verifyLogCommand(env)).toMatch(/^The security log is unbroken/);
  }, 900_000);
});
