import { verifyPassword } from "../crypto/password";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import {
  afterFailure,
  chargeAttempt,
  clearFailures,
  holdLock,
  type UnknownEmailScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent, type EventDetail } from "../security-log/security-log";

/**
 * The account password, checked the one way every entry point checks it (sign-in, step-up, a
 * sync login): the attempt is counted first, the hash is always verified (a locked account
 * costs the same time and answers a right and a wrong password alike), a failure may lock,
 * a success clears the count.
 */
export async function checkAccountPassword(
  deps: Deps,
  account: { id: string; passwordHash: string },
  password: string,
  meta: RequestMeta,
  detail: EventDetail = {},
  /**
   * Sync logins count apart: a mail app retrying an old password must not lock the web out. An
   * unknown address counts under its own scope of UNKNOWN_EMAILS_ACCOUNT.
   */
  scope: "password" | "sync_password" | UnknownEmailScope = "password",
): Promise<Result<null, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  const attempt = await chargeAttempt(deps, account.id, scope);
  const valid = await verifyPassword(account.passwordHash, password);
  const factor = { factor: "password", ...detail };
  if (!attempt.ok) {
    await holdLock(deps, account.id, scope);
    await recordEvent(deps, deps.db, account.id, "sign_in_rate_limited", meta, factor);
    // The password is never disabled by guessing, only locked.
    return fail("RATE_LIMITED", attempt.retryAt);
  }
  if (!valid) {
    await afterFailure(deps, account.id, scope);
    await recordEvent(deps, deps.db, account.id, "sign_in_failed", meta, factor);
    return fail("INVALID_CREDENTIALS");
  }
  await clearFailures(deps.db, account.id, scope);
  return ok(null);
}
