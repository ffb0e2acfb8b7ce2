import { randomBytes } from "node:crypto";
import { cryptoRandom } from "@twofold/core";
import {
  DEFAULT_CONFIG,
  deriveKeys,
  hashPassword,
  hashToken,
  newId,
  newToken,
  seal,
} from "@twofold/core/internals";
import { schema, type Database } from "@twofold/db";
import { CODE_PLACEHOLDER, type LoadRequest, type LoadSuccess } from "./load";

/** One pending sign-in the load generator can finish exactly once. */
export interface SignInPair {
  /** Bearer token of a session in state "pending_second_factor". */
  token: string;
  /** The account's TOTP seed, hex. */
  seed: string;
}

// Rows per multi-row INSERT: sessions carry ~9 parameters a row, far under PostgreSQL's 65,535.
const CHUNK = 1_000;
// 160-bit seeds, as the server enrolls them.
const SEED_BYTES = 20;
const HOUR = 3_600_000;
/**
 * lastSeenAt is put this far ahead of the seeding time. A real pending session is verified
 * seconds after its sign-in, so the server never "touches" it; a session seeded as "now" but
 * used minutes later would cost an extra UPDATE (resolveSession's touch after touchEveryMs),
 * and later concurrency levels would measure a heavier path than earlier ones.
 */
const LAST_SEEN_AHEAD_MS = 10 * 60_000;

/**
 * Inserts `count` accounts, each with one TOTP factor (last step 0), one pending session and
 * the security event of its sign-up, in bulk, and returns what a client needs to finish each
 * sign-in. One argon2 hash serves all accounts: the benchmark never checks a password.
 */
export async function seedPendingSignIns(
  db: Database,
  masterKey: Buffer,
  count: number,
): Promise<SignInPair[]> {
  const { secretBox } = deriveKeys(masterKey);
  const passwordHash = await hashPassword(randomBytes(16).toString("hex"), DEFAULT_CONFIG.password);
  const now = new Date();
  const lastSeenAt = new Date(now.getTime() + LAST_SEEN_AHEAD_MS);
  const expiresAt = new Date(now.getTime() + HOUR);
  const pairs: SignInPair[] = [];

  for (let start = 0; start < count; start += CHUNK) {
    const accounts: (typeof schema.accounts.$inferInsert)[] = [];
    const factors: (typeof schema.factors.$inferInsert)[] = [];
    const secrets: (typeof schema.totpSecrets.$inferInsert)[] = [];
    const sessions: (typeof schema.sessions.$inferInsert)[] = [];
    const events: (typeof schema.securityEvents.$inferInsert)[] = [];
    for (let i = start; i < Math.min(start + CHUNK, count); i++) {
      const accountId = newId(cryptoRandom);
      const factorId = newId(cryptoRandom);
      const seed = randomBytes(SEED_BYTES);
      const token = newToken(cryptoRandom);
      accounts.push({
        id: accountId,
        email: `bench-${i}@bench.invalid`,
        passwordHash,
        createdAt: now,
        passwordChangedAt: now,
      });
      factors.push({ id: factorId, accountId, kind: "totp", label: "Bench", createdAt: now });
      secrets.push({
        factorId,
        secretSealed: seal(secretBox, randomBytes(12), seed, accountId),
        lastStep: 0,
      });
      sessions.push({
        id: newId(cryptoRandom),
        accountId,
        tokenHash: hashToken(token),
        state: "pending_second_factor",
        persistent: false,
        createdAt: now,
        lastSeenAt,
        expiresAt,
      });
      // Steady state: the person signed up on this browser (the load sends no User-Agent), so
      // a sign-in is not "from a new browser" and sends no email, as most sign-ins do not.
      events.push({
        accountId,
        type: "account_created",
        createdAt: now,
        ip: "127.0.0.1",
        userAgent: "",
        detail: {},
      });
      pairs.push({ token, seed: seed.toString("hex") });
    }
    await db.transaction(async (tx) => {
      await tx.insert(schema.accounts).values(accounts);
      await tx.insert(schema.factors).values(factors);
      await tx.insert(schema.totpSecrets).values(secrets);
      await tx.insert(schema.sessions).values(sessions);
      await tx.insert(schema.securityEvents).values(events);
    });
  }
  return pairs;
}

/** Twofold's verification requests: `POST /trpc/auth.verifyTOTP` with each pending session. */
export function twofoldRequests(pairs: readonly SignInPair[]): LoadRequest[] {
  return pairs.map((p) => ({
    method: "POST",
    path: "/trpc/auth.verifyTOTP",
    headers: { "content-type": "application/json", authorization: `Bearer ${p.token}` },
    body: `{"code":"${CODE_PLACEHOLDER}"}`,
    totpKey: p.seed,
  }));
}

/** HTTP 200 with the authenticated result. */
export const TWOFOLD_SUCCESS: LoadSuccess = {
  status: 200,
  bodyIncludes: '"status":"authenticated"',
};
