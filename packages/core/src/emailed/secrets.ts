import { schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import { normalizeSixDigits, sixDigitCode } from "../crypto/six-digits";
import { constantTimeEqual, keyedHash, newId, newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { Tx } from "../ports";

/** What a secret sent by email is for; a secret of one purpose opens nothing of another. */
export type EmailedPurpose =
  "verify_email" | "recovery_address" | "password_reset" | "account_recovery";

type SecretDeps = Pick<Deps, "db" | "clock" | "random" | "keys" | "config">;

interface Issue {
  accountId: string;
  purpose: EmailedPurpose;
  /** What the secret is about (the address it goes to): it opens nothing about another. */
  subject: string;
  tx?: Tx;
}

const subjectHash = (deps: Pick<Deps, "keys">, subject: string): string =>
  keyedHash(deps.keys.emailedSecrets, `subject:${subject}`);

const codeHash = (deps: Pick<Deps, "keys">, issue: Omit<Issue, "subject" | "tx">, code: string) =>
  keyedHash(deps.keys.emailedSecrets, `code:${issue.purpose}:${issue.accountId}:${code}`);

const linkHash = (deps: Pick<Deps, "keys">, purpose: EmailedPurpose, token: string): string =>
  keyedHash(deps.keys.emailedSecrets, `link:${purpose}:${token}`);

/** Writes the account's one live secret of this purpose (a new one ends the last). */
async function store(
  deps: SecretDeps,
  issue: Issue & { secretHash: string; ttlMs: number },
): Promise<Date> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + issue.ttlMs);
  const t = schema.emailedSecrets;
  const row = {
    subjectHash: subjectHash(deps, issue.subject),
    secretHash: issue.secretHash,
    attempts: 0,
    createdAt: now,
    expiresAt,
  };
  await (issue.tx ?? deps.db)
    .insert(t)
    .values({ id: newId(deps.random), accountId: issue.accountId, purpose: issue.purpose, ...row })
    .onConflictDoUpdate({ target: [t.accountId, t.purpose], set: row });
  return expiresAt;
}

/** A 6-digit code to type (an address to confirm), live `config.emailed.codeTtlMs`. */
export async function issueEmailedCode(
  deps: SecretDeps,
  issue: Issue,
): Promise<{ code: string; expiresAt: Date }> {
  const code = sixDigitCode(deps.random);
  const secretHash = codeHash(deps, issue, code);
  const expiresAt = await store(deps, {
    ...issue,
    secretHash,
    ttlMs: deps.config.emailed.codeTtlMs,
  });
  return { code, expiresAt };
}

/** A link's token (256 bits), live `config.emailed.linkTtlMs`. */
export async function issueEmailedLink(
  deps: SecretDeps,
  issue: Issue,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken(deps.random);
  const secretHash = linkHash(deps, issue.purpose, token);
  const expiresAt = await store(deps, {
    ...issue,
    secretHash,
    ttlMs: deps.config.emailed.linkTtlMs,
  });
  return { token, expiresAt };
}

export type EmailedCodeReason =
  "INVALID_CODE_FORMAT" | "INVALID_CODE" | "CODE_EXPIRED" | "NO_CODE_SENT" | "CODE_ALREADY_USED";

/**
 * Spends a typed code. One conditional UPDATE takes a try (only while the code is live, about
 * this subject, with tries left), so parallel guesses each use one and no more than
 * `maxAttempts` are ever compared; a wrong last try ends the code. The right code is spent by
 * one DELETE (in `tx` when given, with what it completes): of parallel spends, one wins.
 */
export async function spendEmailedCode(
  deps: SecretDeps,
  spend: Issue & { code: string },
): Promise<Result<null, EmailedCodeReason>> {
  const code = normalizeSixDigits(spend.code);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const t = schema.emailedSecrets;
  const now = deps.clock.now();
  const { maxAttempts } = deps.config.emailed;
  const mine = and(
    eq(t.accountId, spend.accountId),
    eq(t.purpose, spend.purpose),
    eq(t.subjectHash, subjectHash(deps, spend.subject)),
  );
  const [taken] = await deps.db
    .update(t)
    .set({ attempts: sql`${t.attempts} + 1` })
    .where(
      and(
        mine,
        sql`${t.attempts} < ${maxAttempts}`,
        sql`${t.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: t.id, secretHash: t.secretHash, attempts: t.attempts });
  if (!taken) {
    const [exists] = await deps.db.select({ id: t.id }).from(t).where(mine);
    return fail(exists ? "CODE_EXPIRED" : "NO_CODE_SENT");
  }
  if (!constantTimeEqual(codeHash(deps, spend, code), taken.secretHash))
    return fail(taken.attempts >= maxAttempts ? "CODE_EXPIRED" : "INVALID_CODE");
  const spent = await deleteSecret(spend.tx ?? deps.db, taken);
  return spent ? ok(null) : fail("CODE_ALREADY_USED");
}

export type EmailedLinkReason = "LINK_INVALID" | "LINK_EXPIRED";

/** The account a live link is for, without spending it (the page it opens asks more first). */
export async function findEmailedLink(
  deps: SecretDeps,
  link: { purpose: EmailedPurpose; token: string; tx?: Tx },
): Promise<Result<{ accountId: string; createdAt: Date; expiresAt: Date }, EmailedLinkReason>> {
  if (link.token.length === 0 || link.token.length > 128) return fail("LINK_INVALID");
  const t = schema.emailedSecrets;
  const [row] = await (link.tx ?? deps.db)
    .select({ accountId: t.accountId, createdAt: t.createdAt, expiresAt: t.expiresAt })
    .from(t)
    .where(
      and(eq(t.purpose, link.purpose), eq(t.secretHash, linkHash(deps, link.purpose, link.token))),
    );
  if (!row) return fail("LINK_INVALID");
  if (row.expiresAt <= deps.clock.now()) return fail("LINK_EXPIRED");
  return ok(row);
}

/**
 * Spends a live link by one DELETE (in `tx` when given, with what it completes): of parallel
 * uses one wins, and the others find it gone.
 */
export async function spendEmailedLink(
  deps: SecretDeps,
  link: { purpose: EmailedPurpose; token: string; tx?: Tx },
): Promise<Result<{ accountId: string }, EmailedLinkReason>> {
  // Read in `tx` too: on PGlite's one connection, a read beside an open transaction waits for it.
  const db = link.tx ?? deps.db;
  const found = await findEmailedLink(deps, { ...link, tx: db });
  if (!found.ok) return found;
  const t = schema.emailedSecrets;
  const [spent] = await db
    .delete(t)
    .where(
      and(
        eq(t.purpose, link.purpose),
        eq(t.secretHash, linkHash(deps, link.purpose, link.token)),
        sql`${t.expiresAt} > ${deps.clock.now().toISOString()}::timestamptz`,
      ),
    )
    .returning({ accountId: t.accountId });
  return spent ? ok(spent) : fail("LINK_INVALID");
}

async function deleteSecret(db: Tx, secret: { id: string; secretHash: string }): Promise<boolean> {
  const t = schema.emailedSecrets;
  const gone = await db
    .delete(t)
    .where(and(eq(t.id, secret.id), eq(t.secretHash, secret.secretHash)))
    .returning({ id: t.id });
  return gone.length === 1;
}
