import type { FactorView } from "./api";
import { PATHS, type AppPath } from "./router";

/**
 * The methods a person can add, in the order offered (SMS, the weakest, last). A method that is
 * not built yet is not listed at all; each factor issue adds its line here.
 */
export const ADDABLE_METHODS: readonly { kind: FactorView["kind"]; path: AppPath }[] = [
  { kind: "totp", path: PATHS.addTOTP },
  { kind: "webauthn", path: PATHS.addSecurityKey },
  { kind: "push", path: PATHS.addDevice },
  { kind: "sms", path: PATHS.addSMS },
];

/** What to suggest instead of SMS: none of these can be intercepted or taken by a SIM swap. */
export const STRONGER_THAN_SMS: readonly { kind: FactorView["kind"]; path: AppPath }[] =
  ADDABLE_METHODS.filter((m) => m.kind !== "sms");
