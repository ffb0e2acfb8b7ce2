import type { PasswordStrength, PersonalInputs } from "@twofold/password-strength";
import type * as EstimateModule from "@twofold/password-strength/estimate";

/** The server's shortest password (core's PASSWORD_MIN): shorter ones get no meter yet. */
export const PASSWORD_MIN = 10;

type Estimator = typeof EstimateModule;

// The estimator and its dictionaries (about 2 MB) are a chunk of their own, fetched by the pages
// with a new-password field, never with the first page.
let estimator: Promise<Estimator> | undefined;

/** Starts fetching the estimator (once); resolves when it can estimate. */
export function loadPasswordEstimator(): Promise<Estimator> {
  estimator ??= import("@twofold/password-strength/estimate");
  return estimator;
}

/** How guessable `password` is, as the server will judge it (the same estimator and inputs). */
export async function passwordStrength(
  password: string,
  person: PersonalInputs,
): Promise<PasswordStrength> {
  const { estimatePassword } = await loadPasswordEstimator();
  return estimatePassword(password, person);
}
