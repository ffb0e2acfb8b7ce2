import { schema } from "@twofold/db";
import { and, eq, isNull, sql } from "drizzle-orm";
import { hashPassword } from "../crypto/password";
import { normalizeSixDigits } from "../crypto/six-digits";
import { newToken } from "../crypto/tokens";
import type { Deps } from "../deps";
import { spendEmailedCode } from "../emailed/secrets";
import { fail, ok, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { reserve } from "../limits/windows";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { createSession, type IssuedSession } from "../sessions/sessions";
import { normalizeEmail } from "./validate";

/** Stands in for an unknown address: the same statements run and find nothing. */
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

export type VerifyEmailReason = "INVALID_CODE_FORMAT" | "INVALID_CODE" | "RATE_LIMITED";

/**
 * Confirms the address of a new account with the code of its mail, and opens an active
 * session (the account has no second factor yet). The code is spent by one DELETE, so of
 * parallel confirmations one wins. An unknown, already confirmed or mistyped address, a wrong,
 * expired or spent code all answer INVALID_CODE, after the same statements: the answer never
 * says whether an address has an account. Tries are limited per code
 * (`config.emailed.maxAttempts`) and per IP (`config.verifyEmail.triesPerIp`).
 */
export async function verifyEmail(
  deps: Deps,
  input: { email: string; code: string; remember?: boolean },
  meta: RequestMeta,
): Promise<Result<{ status: "authenticated" } & IssuedSession, VerifyEmailReason>> {
  // A code that cannot be one changes nothing, not even the count of tries.
  if (normalizeSixDigits(input.code) === null) return fail("INVALID_CODE_FORMAT");
  const { triesPerIp, windowMs } = deps.config.verifyEmail;
  const limited = await reserve(
    deps,
    [[`verify-email-ip:${addressKey(meta.ip)}`, triesPerIp]],
    windowMs,
  );
  if ("ok" in limited) return limited;
  const email = normalizeEmail(input.email);
  const a = schema.accounts;
  const [pending] = await deps.db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.email, email), isNull(a.emailVerifiedAt)));
  const accountId = pending?.id ?? NO_ACCOUNT;
  const spent = await spendEmailedCode(deps, {
    accountId,
    purpose: "verify_email",
    subject: email,
    code: input.code,
  });
  if (!spent.ok)
    return fail(spent.reason === "INVALID_CODE_FORMAT" ? spent.reason : "INVALID_CODE");
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const confirmed = await tx
      .update(a)
      .set({ emailVerifiedAt: now })
      .where(and(eq(a.id, accountId), isNull(a.emailVerifiedAt)))
      .returning({ id: a.id });
    if (confirmed.length !== 1) return fail("INVALID_CODE");
    await distrustRepeatedSignUps(deps, tx, accountId);
    await recordEvent(deps, { tx, accountId, type: "email_verified", meta });
    const issued = await createSession(deps, {
      tx,
      accountId,
      state: "active",
      persistent: input.remember ?? true,
      meta,
    });
    return ok({ status: "authenticated" as const, ...issued });
  });
}

/**
 * When the address was signed up again with another password before it was confirmed, the
 * password in force is that of the latest sign-up, which may be someone else's (who signed up
 * after the owner; "send again" brings the same password and is not counted).
 * Then no password chosen before the confirmation is trusted: it is replaced by one nobody
 * knows, and the session the code opens must choose a new one first.
 */
async function distrustRepeatedSignUps(deps: Deps, tx: Tx, accountId: string): Promise<void> {
  const e = schema.securityEvents;
  const [repeated] = await tx
    .select({ id: e.id })
    .from(e)
    .where(
      and(
        eq(e.accountId, accountId),
        eq(e.type, "sign_up_repeated"),
        sql`${e.detail}->>'newPassword' = 'true'`,
      ),
    )
    .limit(1);
  if (!repeated) return;
  const unknown = await hashPassword(newToken(deps.random), deps.config.password);
  const a = schema.accounts;
  await tx
    .update(a)
    .set({ passwordHash: unknown, passwordChangeRequired: true })
    .where(eq(a.id, accountId));
}
