import { schema } from "@twofold/db";
import type { PersonalInputs } from "@twofold/password-strength";
import type * as EstimateModule from "@twofold/password-strength/estimate";
import { eq } from "drizzle-orm";
import { isAcceptablePassword } from "../accounts/validate";
import type { Deps } from "../deps";
import { fail, type Failure } from "../errors";

export type PasswordRefusal = "WEAK_PASSWORD" | "PASSWORD_TOO_WEAK";

type Estimator = typeof EstimateModule;

// The estimator's dictionaries (about 2 MB) are read and ranked once: on the first password
// checked, or earlier when the server asks for it once it listens (`preparePasswordCheck`).
let estimator: Promise<Estimator> | undefined;

function loadEstimator(): Promise<Estimator> {
  estimator ??= import("@twofold/password-strength/estimate");
  return estimator;
}

/**
 * Loads and ranks the dictionaries now, so that the first sign-up or password change after a
 * start does not wait for them (about a second, longer on a busy machine). Never fails: a
 * problem shows again, and is reported, at the first password checked.
 */
export async function preparePasswordCheck(): Promise<void> {
  try {
    const { estimatePassword } = await loadEstimator();
    estimatePassword("warm-up of the dictionaries", {});
  } catch {
    estimator = undefined;
  }
}

/**
 * Why a new password is refused, or null when it may be set (NIST SP 800-63B): its length
 * (WEAK_PASSWORD), then whether it is common, breached, repetitive, sequential or leans on the
 * person's own email or name (PASSWORD_TOO_WEAK, with a `hint` saying which).
 */
export async function passwordRefusal(
  password: string,
  person: PersonalInputs,
): Promise<Failure<PasswordRefusal> | null> {
  if (!isAcceptablePassword(password)) return fail("WEAK_PASSWORD");
  const { estimatePassword } = await loadEstimator();
  const strength = estimatePassword(password, person);
  if (strength.acceptable) return null;
  return { ...fail("PASSWORD_TOO_WEAK"), hint: strength.hint ?? "guessable" };
}

/** `passwordRefusal` for an existing account: its email and name are what the password must avoid. */
export async function accountPasswordRefusal(
  deps: Deps,
  check: { accountId: string; password: string },
): Promise<Failure<PasswordRefusal> | null> {
  if (!isAcceptablePassword(check.password)) return fail("WEAK_PASSWORD");
  const a = schema.accounts;
  const [account] = await deps.db
    .select({ email: a.email, displayName: a.displayName })
    .from(a)
    .where(eq(a.id, check.accountId));
  return passwordRefusal(check.password, account ?? {});
}
