import { schema } from "@twofold/db";
import { and, eq, lt, sql, type SQL } from "drizzle-orm";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { generateSmsCode, hashSmsCode, smsCodeMatches } from "./codes";
import { releaseSend, reserveSend } from "./send-limits";
import { codeMessage, SmsSendError } from "./sender";

export interface CodeTarget {
  /** "recovery_phone": a recovery mobile being verified (recovery-contacts/phone.ts). */
  purpose: "sign_in" | "enrollment" | "recovery_phone" | "account_recovery";
  /** The pending session (sign-in), the enrollment, the recovery number or the account (recovery). */
  targetId: string;
  accountId: string;
  /** The SMS factor sent to (sign-in), null while a number is being added. */
  factorId: string | null;
  e164: string;
  phoneHash: string;
  ip: string;
}

export type SendReason = "RATE_LIMITED" | "SMS_SEND_FAILED";

/**
 * Sends a new code for a sign-in or an enrollment: the send is reserved against every limit
 * first (nothing is sent past one), the code's hash replaces the target's previous code (a new
 * code ends the previous one), then the provider is asked (bounded by the sender's timeout).
 * When it fails, the code is withdrawn (a code never known to arrive is of use to nobody) and
 * the person can simply ask again. A provider that refused, or was never reached, sent
 * nothing: the send is given back to the limits. One that did not answer in time may have
 * sent it: the send stays counted, so a slow provider cannot be pumped past the limits.
 */
export async function sendCode(
  deps: Deps,
  target: CodeTarget,
): Promise<Result<{ expiresAt: Date }, SendReason>> {
  const reservation = await reserveSend(deps, {
    phoneHash: target.phoneHash,
    accountId: target.accountId,
    ip: target.ip,
    purpose: target.purpose,
  });
  if ("ok" in reservation) return reservation;
  const code = generateSmsCode(deps.random);
  const codeHash = hashSmsCode(deps, target.targetId, code);
  const now = deps.clock.now();
  const { codeTtlMs } = deps.config.sms;
  const expiresAt = new Date(now.getTime() + codeTtlMs);
  const t = schema.smsCodes;
  const row = {
    accountId: target.accountId,
    purpose: target.purpose,
    factorId: target.factorId,
    codeHash,
    attempts: 0,
    createdAt: now,
    expiresAt,
  };
  // Codes of the account that ran out are of no use to anyone.
  await deps.db.delete(t).where(and(eq(t.accountId, target.accountId), lt(t.expiresAt, now)));
  await deps.db
    .insert(t)
    .values({ targetId: target.targetId, ...row })
    .onConflictDoUpdate({ target: t.targetId, set: row });
  try {
    await deps.sms.send({
      to: target.e164,
      body: codeMessage(code, Math.round(codeTtlMs / 60_000), deps.config.webauthn.rpId),
    });
  } catch (error) {
    deps.onProviderError(error instanceof Error ? error : new Error(String(error)));
    if (!(error instanceof SmsSendError && error.maybeSent)) await releaseSend(deps, reservation);
    // Only this code: a newer one sent meanwhile stays.
    await deps.db.delete(t).where(and(eq(t.targetId, target.targetId), eq(t.codeHash, codeHash)));
    return fail("SMS_SEND_FAILED");
  }
  return ok({ expiresAt });
}

export type CodeCheckReason = "NO_CODE_SENT" | "CODE_EXPIRED" | "INVALID_CODE";

/**
 * Takes one try of a target's code: one conditional UPDATE counts the try (only while the code
 * is live and has tries left), so parallel guesses each use up a try and no more than
 * `maxAttempts` are ever compared. A wrong last try ends the code. Reads the hash only; the
 * code is spent by `spendSmsCode`, with whatever the right code completes.
 */
export async function tryCode(
  deps: Deps,
  targetId: string,
  purpose: CodeTarget["purpose"],
  code: string,
): Promise<Result<{ factorId: string | null }, CodeCheckReason>> {
  const t = schema.smsCodes;
  const now = deps.clock.now();
  const { maxAttempts } = deps.config.sms;
  const [taken] = await deps.db
    .update(t)
    .set({ attempts: sql`${t.attempts} + 1` })
    .where(
      and(
        eq(t.targetId, targetId),
        eq(t.purpose, purpose),
        sql`${t.attempts} < ${maxAttempts}`,
        sql`${t.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ codeHash: t.codeHash, attempts: t.attempts, factorId: t.factorId });
  if (!taken) {
    const [exists] = await deps.db
      .select({ targetId: t.targetId })
      .from(t)
      .where(and(eq(t.targetId, targetId), eq(t.purpose, purpose)));
    return fail(exists ? "CODE_EXPIRED" : "NO_CODE_SENT");
  }
  if (smsCodeMatches(deps, targetId, code, taken.codeHash)) return ok({ factorId: taken.factorId });
  // The last wrong try ends the code: say so now, not at the next try.
  return fail(taken.attempts >= maxAttempts ? "CODE_EXPIRED" : "INVALID_CODE");
}

/** Spends a target's code: a DELETE that the statement finishing the sign-in completes. */
export function spendSmsCode(targetId: string): SQL {
  return sql`delete from sms_codes where target_id = ${targetId}`;
}

/** Every send, or failed send, goes to the security log with the masked number only. */
export async function logSend(
  deps: Deps,
  send: {
    accountId: string;
    sentTo: string;
    purpose: CodeTarget["purpose"];
    sent: Result<unknown, SendReason>;
    meta: RequestMeta;
  },
): Promise<void> {
  const { accountId, sentTo, purpose, sent, meta } = send;
  await recordEvent(deps, {
    accountId,
    type: sent.ok ? "sms_code_sent" : "sms_code_not_sent",
    meta,
    detail: sent.ok ? { to: sentTo, purpose } : { to: sentTo, purpose, reason: sent.reason },
  });
}
