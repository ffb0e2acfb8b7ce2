import { keyedHash } from "../crypto/tokens";
import { verifyPassword } from "../crypto/password";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Result } from "../errors";
import {
  afterFailure,
  chargeAttempt,
  clearFailures,
  holdLock,
  UNKNOWN_EMAILS_ACCOUNT,
  type UnknownEmailScope,
} from "../limits/failures";
import type { RequestMeta } from "../ports";
import { recordEvent, type EventDetail } from "../security-log/security-log";

/** A password given at a door, and what its log entries add (`detail`: the sync protocol). */
export interface PasswordCheck {
  password: string;
  meta: RequestMeta;
  detail?: EventDetail;
}

/**
 * The account password, checked the one way every door checks it (sign-in, step-up, a sync
 * login): one count and one lock, the "password" scope, whichever door a guess comes through,
 * so a guesser gets no second round at a sync server and a locked password answers alike
 * everywhere. The attempt is counted first, the hash is always verified (a locked account
 * costs the same time and answers a right and a wrong password alike), a failure may lock,
 * a success clears the count.
 */
export async function checkAccountPassword(
  deps: Deps,
  check: PasswordCheck & { account: { id: string; passwordHash: string } },
): Promise<Result<null, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  return checkCounted(deps, { ...check, scope: "password" });
}

/**
 * The password at a door that needs more than it (an account recovery also needs a proof):
 * counted, checked and locked like at every door, but a right password leaves the attempt
 * counted: the door clears the count (`clearFailures`) only when the rest holds too, else it
 * counts the attempt as a failure (`afterFailure`), so guessing the rest uses up the password's
 * one allowance.
 */
export async function checkAccountPasswordFirst(
  deps: Deps,
  check: PasswordCheck & { account: { id: string; passwordHash: string } },
): Promise<Result<null, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  return checkCounted(deps, { ...check, scope: "password", onSuccess: "keep_count" });
}

/**
 * A password given for an address no account has: the same work, answers and locks as for a
 * known address (counted, checked against a decoy hash that is never right, logged), under
 * the address's own scope of UNKNOWN_EMAILS_ACCOUNT. Never succeeds.
 */
export async function checkUnknownAddress(
  deps: Deps,
  check: PasswordCheck & { email: string },
): Promise<Failure<"INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  const { email, password, meta, detail } = check;
  const account = { id: UNKNOWN_EMAILS_ACCOUNT, passwordHash: await deps.decoyHash() };
  const scope: UnknownEmailScope = `password:${keyedHash(deps.keys.unknownEmails, email)}`;
  const checked = await checkCounted(deps, { account, scope, password, meta, detail });
  return checked.ok ? fail("INVALID_CREDENTIALS") : checked;
}

async function checkCounted(
  deps: Deps,
  check: {
    account: { id: string; passwordHash: string };
    scope: "password" | UnknownEmailScope;
    password: string;
    meta: RequestMeta;
    detail?: EventDetail | undefined;
    /** A right password clears the count, unless the door still has more to check. */
    onSuccess?: "clear_count" | "keep_count";
  },
): Promise<Result<null, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  const { account, scope, meta } = check;
  const attempt = await chargeAttempt(deps, account.id, scope);
  const valid = await verifyPassword(account.passwordHash, check.password);
  const factor = { factor: "password", ...check.detail };
  if (!attempt.ok) {
    await holdLock(deps, account.id, scope);
    await recordEvent(deps, {
      accountId: account.id,
      type: "sign_in_rate_limited",
      meta,
      detail: factor,
    });
    // The password is never disabled by guessing, only locked.
    return fail("RATE_LIMITED", attempt.retryAt);
  }
  if (!valid) {
    await afterFailure(deps, account.id, scope);
    await recordEvent(deps, {
      accountId: account.id,
      type: "sign_in_failed",
      meta,
      detail: factor,
    });
    return fail("INVALID_CREDENTIALS");
  }
  if (check.onSuccess !== "keep_count") await clearFailures(deps.db, account.id, scope);
  return ok(null);
}
