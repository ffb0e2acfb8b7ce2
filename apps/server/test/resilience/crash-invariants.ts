/**
 * What must hold in the database whenever the server died, whatever it was doing
 * (crash.test.ts): read with plain SQL, so it holds for any code that writes these tables.
 */
import { createHmac } from "node:crypto";
import { createTwofold, type Twofold } from "@twofold/core";
import { deriveKeys } from "@twofold/core/internals";
import type { Database } from "@twofold/db";
import { unusedCodes, type Person } from "./crash-people";

interface FactorRow {
  account_id: string;
  kind: string;
  has_secret: boolean;
}
interface CodeRow {
  account_id: string;
  code_hash: string;
  used: boolean;
}
interface EnrollmentRow {
  id: string;
  account_id: string;
  ttl_ms: number;
}
interface EventRow {
  account_id: string;
  type: string;
  ms: number;
  factor: string | null;
  detail_type: string;
}

export interface Snapshot {
  accounts: Map<string, string>;
  factors: FactorRow[];
  codes: CodeRow[];
  enrollments: EnrollmentRow[];
  /** In the order they were written (by id). */
  events: EventRow[];
  /** What the security log's own verification (its hash chain) says. */
  chain: Awaited<ReturnType<Twofold["securityLog"]["verify"]>>;
}

async function rows<T>(db: Database, query: string): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Reads what the checks need, and verifies the security log's chain. */
export async function snapshot(db: Database, masterKey: Buffer): Promise<Snapshot> {
  const accounts = await rows<{ id: string; email: string }>(
    db,
    // Not the account that failed sign-ins to unknown addresses count under (no email).
    "select id::text as id, email from accounts where email <> ''",
  );
  const factors = await rows<FactorRow>(
    db,
    `select f.account_id::text as account_id, f.kind, (s.factor_id is not null) as has_secret
       from factors f left join totp_secrets s on s.factor_id = f.id`,
  );
  const codes = await rows<CodeRow>(
    db,
    "select account_id::text as account_id, code_hash, (used_at is not null) as used from backup_codes",
  );
  const enrollments = await rows<EnrollmentRow>(
    db,
    `select id::text as id, account_id::text as account_id,
            (extract(epoch from (expires_at - created_at)) * 1000)::float8 as ttl_ms
       from enrollments`,
  );
  const events = await rows<EventRow>(
    db,
    `select account_id::text as account_id, type,
            (extract(epoch from created_at) * 1000)::float8 as ms,
            detail->>'factor' as factor, jsonb_typeof(detail) as detail_type
       from security_events order by id`,
  );
  const chain = await createTwofold({ db, masterKey }).securityLog.verify();
  return {
    accounts: new Map(accounts.map((a) => [a.email, a.id])),
    factors,
    codes,
    enrollments,
    events,
    chain,
  };
}

/** The stored form of a backup code as shown (keyed hash of its canonical characters). */
export function codeHasher(masterKey: Buffer): (code: string) => string {
  const key = deriveKeys(masterKey).backupCodes;
  return (code) => createHmac("sha256", key).update(code.replaceAll("-", "")).digest("base64url");
}

const ENROLLMENT_TTL_MS = 15 * 60_000;

/** What holds for every account whoever made it: no half-made factor, no lost code set. */
export function stateProblems(s: Snapshot): string[] {
  const problems: string[] = [];
  const emails = new Map([...s.accounts].map(([email, id]) => [id, email]));
  for (const f of s.factors) {
    if (f.kind !== "totp" || !f.has_secret)
      problems.push(`${emails.get(f.account_id)}: a ${f.kind} factor without its secret`);
  }
  for (const e of s.enrollments) {
    if (e.ttl_ms !== ENROLLMENT_TTL_MS)
      problems.push(`${emails.get(e.account_id)}: an enrollment that expires after ${e.ttl_ms} ms`);
  }
  for (const [id, email] of emails) {
    const factors = s.factors.filter((f) => f.account_id === id).length;
    const codes = s.codes.filter((c) => c.account_id === id).length;
    if (codes !== (factors > 0 ? 10 : 0))
      problems.push(`${email}: ${factors} factors but ${codes} backup codes`);
  }
  return problems;
}

/**
 * The security log tells each account's story whole and in order: one account_created first,
 * one factor_added per factor, two-step turned on once, and since the current backup codes
 * were made, one backup-code sign-in and one backup_code_used per code spent.
 */
export function logProblems(s: Snapshot): string[] {
  const problems: string[] = [];
  for (const [email, id] of s.accounts) {
    const factors = s.factors.filter((f) => f.account_id === id).length;
    const events = s.events.filter((e) => e.account_id === id);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    if (events[0]?.type !== "account_created" || count("account_created") !== 1)
      problems.push(`${email}: the log does not start with its one account_created`);
    for (const [i, e] of events.entries()) {
      if (!/^[a-z_]+$/.test(e.type) || e.detail_type !== "object")
        problems.push(`${email}: a malformed event ${JSON.stringify(e)}`);
      const before = events[i - 1];
      if (before && e.ms < before.ms)
        problems.push(`${email}: ${e.type} is logged after ${before.type} but happened earlier`);
    }
    if (count("factor_added") !== factors)
      problems.push(`${email}: ${factors} factors, ${count("factor_added")} factor_added events`);
    if (count("two_factor_enabled") !== Math.min(factors, 1))
      problems.push(`${email}: ${count("two_factor_enabled")} two_factor_enabled events`);
    const lastSet = events.findLastIndex((e) => e.type === "backup_codes_generated");
    if (lastSet >= 0 !== factors > 0)
      problems.push(`${email}: backup_codes_generated does not match ${factors} factors`);
    const since = events.slice(lastSet + 1);
    const spent = s.codes.filter((c) => c.account_id === id && c.used).length;
    const signIns = since.filter(
      (e) => e.type === "sign_in_succeeded" && e.factor === "backup_code",
    ).length;
    const used = since.filter((e) => e.type === "backup_code_used").length;
    if (signIns !== spent || used !== spent)
      problems.push(
        `${email}: ${spent} codes spent, ${signIns} backup-code sign-ins and ${used} backup_code_used events logged`,
      );
  }
  return problems;
}

type CodeState = Map<string, boolean>;

function sameCodes(rows: CodeRow[], expected: CodeState, loose?: string): boolean {
  return (
    rows.length === expected.size &&
    rows.every(
      (r) =>
        expected.has(r.code_hash) &&
        (r.code_hash === loose || expected.get(r.code_hash) === r.used),
    )
  );
}

/**
 * Compares the database with what each person saw. Returns, for each request in doubt, whether
 * it took effect (the only two states allowed); a third state is a problem.
 */
export function personProblems(
  s: Snapshot,
  people: Person[],
  hash: (code: string) => string,
): { problems: string[]; committed: Map<Person, boolean> } {
  const problems: string[] = [];
  const committed = new Map<Person, boolean>();
  const known = new Set(people.map((p) => p.email));
  for (const email of s.accounts.keys())
    if (!known.has(email)) problems.push(`${email}: an account nobody signed up`);

  for (const p of people) {
    const doubt = p.doubt;
    const id = s.accounts.get(p.email);
    if (doubt?.op === "signUp") committed.set(p, id !== undefined);
    if (!id) {
      if (doubt?.op !== "signUp") problems.push(`${p.email}: the account is gone`);
      continue;
    }
    const factors = s.factors.filter((f) => f.account_id === id).length;
    const codes = s.codes.filter((c) => c.account_id === id);
    if (p.stage !== "enrolled") {
      if (doubt?.op === "confirm") {
        const pending = s.enrollments.some((e) => e.id === p.enrollment?.id);
        if (factors === 1 && !pending) committed.set(p, true);
        else if (factors === 0 && pending) committed.set(p, false);
        else
          problems.push(`${p.email}: half-made: ${factors} factors, enrollment left: ${pending}`);
      } else if (factors !== 0) {
        problems.push(`${p.email}: ${factors} factors nobody confirmed`);
      }
      continue;
    }
    if (factors !== 1) problems.push(`${p.email}: ${factors} factors instead of 1`);
    const shown: CodeState = new Map(p.codes.map((c) => [hash(c), p.used.has(c)]));
    if (doubt?.op === "regenerate") {
      if (sameCodes(codes, shown)) committed.set(p, false);
      else if (codes.length === 10 && codes.every((c) => !shown.has(c.code_hash) && !c.used))
        committed.set(p, true);
      else problems.push(`${p.email}: neither the old nor a whole new set of backup codes`);
    } else if (doubt?.op === "backupCode") {
      const inDoubt = hash(doubt.code);
      if (!sameCodes(codes, shown, inDoubt))
        problems.push(`${p.email}: the backup codes are not the ${p.codes.length} shown`);
      committed.set(p, codes.find((c) => c.code_hash === inDoubt)?.used ?? false);
    } else if (!sameCodes(codes, shown)) {
      problems.push(
        `${p.email}: the backup codes are not the ${p.codes.length} shown (${unusedCodes(p).length} unused)`,
      );
    }
  }
  return { problems, committed };
}
