import type { PasswordHint } from "@twofold/password-strength";

/**
 * Stable machine-readable reasons. Expected outcomes (a wrong code, a replay) come back as
 * `{ ok: false, reason }`; front ends translate the reason, never a message.
 */
export const REASONS = [
  "INVALID_INPUT",
  "INVALID_EMAIL",
  "WEAK_PASSWORD",
  "PASSWORD_TOO_WEAK",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "UNAUTHENTICATED",
  "SECOND_FACTOR_REQUIRED",
  "NO_PENDING_SIGN_IN",
  "REAUTH_REQUIRED",
  "PASSWORD_CHANGE_REQUIRED",
  "RATE_LIMITED",
  "INVALID_CODE_FORMAT",
  "INVALID_CODE",
  "CODE_ALREADY_USED",
  "LINK_EXPIRED",
  "PASSWORD_RESET_ONLY",
  "ENROLLMENT_NOT_FOUND",
  "ENROLLMENT_EXPIRED",
  "TOO_MANY_ENROLLMENTS",
  "FACTOR_NOT_FOUND",
  "FACTOR_NOT_AVAILABLE",
  "TWO_FACTOR_NOT_ENABLED",
  "CHALLENGE_NOT_FOUND",
  "CHALLENGE_EXPIRED",
  "ORIGIN_NOT_ALLOWED",
  "RP_ID_MISMATCH",
  "WRONG_CEREMONY",
  "USER_NOT_PRESENT",
  "USER_NOT_VERIFIED",
  "SIGN_COUNT_REGRESSION",
  "CREDENTIAL_NOT_FOUND",
  "CREDENTIAL_ALREADY_REGISTERED",
  "INVALID_WEBAUTHN_RESPONSE",
  "DEVICE_NOT_FOUND",
  "INVALID_SIGNATURE",
  "PUSH_REQUEST_NOT_FOUND",
  "PUSH_EXPIRED",
  "PUSH_ALREADY_ANSWERED",
  "WRONG_NUMBER",
  "PUSH_DENIED",
  "PUSH_NOT_ANSWERED",
  "PUSH_PAUSED",
  "INVALID_PHONE_NUMBER",
  "COUNTRY_NOT_SUPPORTED",
  "NOT_A_MOBILE_NUMBER",
  "PHONE_ALREADY_ADDED",
  "NO_CODE_SENT",
  "CODE_EXPIRED",
  "SMS_SEND_FAILED",
  "APP_PASSWORD_NOT_FOUND",
  "TOO_MANY_APP_PASSWORDS",
  "SESSION_NOT_FOUND",
  "TRUSTED_BROWSER_NOT_FOUND",
  "FACTOR_DISABLED",
  "LINK_INVALID",
  "SERVICE_UNAVAILABLE",
  "RECOVERY_ADDRESS_SAME",
  "RECOVERY_CONTACT_NOT_SET",
  "RECOVERY_PROOF_MISSING",
  "RECOVERY_PROOF_INVALID",
  "RECOVERY_ALREADY_PENDING",
  "RECOVERY_NOT_PENDING",
  "RECOVERY_WAITING",
] as const;

export type Reason = (typeof REASONS)[number];

export type Failure<R extends Reason = Reason> = {
  ok: false;
  reason: R;
  /** For RATE_LIMITED: when trying again can succeed. */
  retryAt?: Date;
  /** For PASSWORD_TOO_WEAK: what makes the password easy to guess. */
  hint?: PasswordHint;
};
export type Success<T> = { ok: true; value: T };
export type Result<T, R extends Reason = Reason> = Success<T> | Failure<R>;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function fail<R extends Reason>(reason: R, retryAt?: Date): Failure<R> {
  return retryAt ? { ok: false, reason, retryAt } : { ok: false, reason };
}

/** A broken invariant or a missing key: a bug or a misconfiguration, never a user's mistake. */
export class TwofoldError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "TwofoldError";
    this.code = code;
  }
}
