import { schema } from "@twofold/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { hashToken } from "../crypto/tokens";
import { isViolation } from "../db-errors";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { Ceremony } from "./checks";

export interface ChallengeBinding {
  ceremony: Ceremony;
  /** The session that asked; null for a passkey sign-in (there is none yet). */
  sessionId: string | null;
  accountId: string | null;
  label?: string;
  passkey?: boolean;
}

/** A new challenge of 32 random bytes, stored (as its hash) for 5 minutes. */
export async function issueChallenge(deps: Deps, binding: ChallengeBinding): Promise<string> {
  const challenge = Buffer.from(deps.random.bytes(32)).toString("base64url");
  const now = deps.clock.now();
  const t = schema.webauthnChallenges;
  // Expired challenges of anyone go with each new one: the table stays small.
  await deps.db.delete(t).where(sql`${t.expiresAt} < ${now.toISOString()}::timestamptz`);
  const expiresAt = new Date(now.getTime() + deps.config.webauthn.challengeTtlMs);
  // Stored only while its session exists: a sign-out in the same moment (another request of a
  // batch) leaves no row to refer to it, and no error (also when the sign-out commits while the
  // row is being inserted: the foreign key's refusal). The challenge then matches nothing, and
  // the session's next request is told it ended.
  const storing = deps.db.execute(sql`
    insert into ${t} (challenge_hash, ceremony, session_id, account_id, label, passkey, expires_at)
    select ${hashToken(challenge)}, ${binding.ceremony}, ${binding.sessionId}, ${binding.accountId},
      ${binding.label ?? null}, ${binding.passkey ?? false}, ${expiresAt.toISOString()}::timestamptz
    where ${binding.sessionId}::uuid is null
      or exists (select 1 from ${schema.sessions} where id = ${binding.sessionId}::uuid)`);
  await storing.catch((error: unknown) => {
    if (!isViolation(error, "foreignKey")) throw error;
  });
  return challenge;
}

export type ChallengeReason = "CHALLENGE_NOT_FOUND" | "CHALLENGE_EXPIRED";

/**
 * Consumes a challenge in one DELETE, before the answer to it is checked: of two answers to one
 * challenge only one can go on, and a used, unknown, other session's or other ceremony's
 * challenge is CHALLENGE_NOT_FOUND.
 */
export async function consumeChallenge(
  deps: Deps,
  challenge: string,
  ceremony: Ceremony,
  sessionId: string | null,
): Promise<
  Result<{ accountId: string | null; label: string | null; passkey: boolean }, ChallengeReason>
> {
  const t = schema.webauthnChallenges;
  const [row] = await deps.db
    .delete(t)
    .where(
      and(
        eq(t.challengeHash, hashToken(challenge)),
        eq(t.ceremony, ceremony),
        sessionId === null ? isNull(t.sessionId) : eq(t.sessionId, sessionId),
      ),
    )
    .returning();
  if (!row) return fail("CHALLENGE_NOT_FOUND");
  if (row.expiresAt <= deps.clock.now()) return fail("CHALLENGE_EXPIRED");
  return ok({ accountId: row.accountId, label: row.label, passkey: row.passkey });
}
