import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import type { Deps } from "../deps";
import { disabledScopes } from "../limits/failures";
import { listFactors, secondFactorOptions } from "../two-factor/factors";

/** The strong methods that confirm a security change; never SMS or a backup code. */
export const STEP_UP_METHODS = ["webauthn", "push", "totp", "password"] as const;
export type StepUpMethod = (typeof STEP_UP_METHODS)[number];

/**
 * The strong methods this person can step up with, the first to offer first: their preferred
 * method when it is a strong one (as the sign-in picks it: the chosen one, else the first
 * added), then security keys and passkeys (a touch), the device, the
 * OTP app, and the password last. A factor that guessing turned off is left out; the password
 * is left out while nobody knows it (it must be changed first).
 */
export async function stepUpMethods(deps: Deps, accountId: string): Promise<StepUpMethod[]> {
  const a = schema.accounts;
  const [account] = await deps.db
    .select({ preferred: a.preferredFactor, mustChange: a.passwordChangeRequired })
    .from(a)
    .where(eq(a.id, accountId));
  if (!account) return [];
  const factors = await listFactors(deps, accountId);
  const kinds = new Set<string>(factors.map((f) => f.kind));
  const first = secondFactorOptions(factors, account.preferred, 0).preferred;
  const disabled = new Set<string>(await disabledScopes(deps, accountId));
  const usable = STEP_UP_METHODS.filter((m) =>
    m === "password" ? !account.mustChange : kinds.has(m) && !disabled.has(m),
  );
  const preferred = usable.find((m) => m === first);
  return preferred ? [preferred, ...usable.filter((m) => m !== preferred)] : usable;
}
