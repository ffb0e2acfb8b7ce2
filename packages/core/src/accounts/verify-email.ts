import { schema } from "@twofold/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Deps } from "../deps";
import { spendEmailedCode } from "../emailed/secrets";
import { fail, ok, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { reserve } from "../limits/windows";
import type { RequestMeta } from "../ports";
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
