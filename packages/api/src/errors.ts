import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import type { Failure, PasswordHint, Reason } from "@twofold/core";

/**
 * The one place where core's reasons become tRPC codes. Front ends switch on `data.reason`
 * (stable, UPPER_SNAKE), never on the code or the message.
 */
const CODE_OF: Record<Reason, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: "BAD_REQUEST",
  INVALID_EMAIL: "BAD_REQUEST",
  WEAK_PASSWORD: "BAD_REQUEST",
  PASSWORD_TOO_WEAK: "BAD_REQUEST",
  EMAIL_TAKEN: "CONFLICT",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  UNAUTHENTICATED: "UNAUTHORIZED",
  SECOND_FACTOR_REQUIRED: "FORBIDDEN",
  NO_PENDING_SIGN_IN: "PRECONDITION_FAILED",
  REAUTH_REQUIRED: "FORBIDDEN",
  PASSWORD_CHANGE_REQUIRED: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  INVALID_CODE_FORMAT: "BAD_REQUEST",
  INVALID_CODE: "BAD_REQUEST",
  CODE_ALREADY_USED: "BAD_REQUEST",
  LINK_EXPIRED: "BAD_REQUEST",
  // A reset's session: its only use is setting the new password.
  PASSWORD_RESET_ONLY: "FORBIDDEN",
  RECOVERY_PROOF_MISSING: "BAD_REQUEST",
  RECOVERY_PROOF_INVALID: "BAD_REQUEST",
  RECOVERY_ALREADY_PENDING: "CONFLICT",
  RECOVERY_NOT_PENDING: "NOT_FOUND",
  RECOVERY_WAITING: "FORBIDDEN",
  ENROLLMENT_NOT_FOUND: "NOT_FOUND",
  ENROLLMENT_EXPIRED: "BAD_REQUEST",
  TOO_MANY_ENROLLMENTS: "TOO_MANY_REQUESTS",
  FACTOR_NOT_FOUND: "NOT_FOUND",
  FACTOR_NOT_AVAILABLE: "BAD_REQUEST",
  TWO_FACTOR_NOT_ENABLED: "PRECONDITION_FAILED",
  CHALLENGE_NOT_FOUND: "BAD_REQUEST",
  CHALLENGE_EXPIRED: "BAD_REQUEST",
  ORIGIN_NOT_ALLOWED: "BAD_REQUEST",
  RP_ID_MISMATCH: "BAD_REQUEST",
  WRONG_CEREMONY: "BAD_REQUEST",
  USER_NOT_PRESENT: "BAD_REQUEST",
  USER_NOT_VERIFIED: "BAD_REQUEST",
  SIGN_COUNT_REGRESSION: "FORBIDDEN",
  CREDENTIAL_NOT_FOUND: "NOT_FOUND",
  CREDENTIAL_ALREADY_REGISTERED: "CONFLICT",
  INVALID_WEBAUTHN_RESPONSE: "BAD_REQUEST",
  DEVICE_NOT_FOUND: "NOT_FOUND",
  INVALID_SIGNATURE: "UNAUTHORIZED",
  PUSH_REQUEST_NOT_FOUND: "NOT_FOUND",
  PUSH_EXPIRED: "BAD_REQUEST",
  PUSH_ALREADY_ANSWERED: "CONFLICT",
  WRONG_NUMBER: "BAD_REQUEST",
  PUSH_DENIED: "FORBIDDEN",
  PUSH_NOT_ANSWERED: "PRECONDITION_FAILED",
  PUSH_PAUSED: "TOO_MANY_REQUESTS",
  INVALID_PHONE_NUMBER: "BAD_REQUEST",
  COUNTRY_NOT_SUPPORTED: "BAD_REQUEST",
  NOT_A_MOBILE_NUMBER: "BAD_REQUEST",
  PHONE_ALREADY_ADDED: "CONFLICT",
  NO_CODE_SENT: "PRECONDITION_FAILED",
  CODE_EXPIRED: "BAD_REQUEST",
  // The provider failed: not the person's fault, and asking again may work.
  SMS_SEND_FAILED: "SERVICE_UNAVAILABLE",
  APP_PASSWORD_NOT_FOUND: "NOT_FOUND",
  // The cap of live application passwords: revoking one makes room.
  TOO_MANY_APP_PASSWORDS: "FORBIDDEN",
  SESSION_NOT_FOUND: "NOT_FOUND",
  TRUSTED_BROWSER_NOT_FOUND: "NOT_FOUND",
  FACTOR_DISABLED: "FORBIDDEN",
  LINK_INVALID: "BAD_REQUEST",
  // The database (or another part) is out of reach for a moment: nothing was done, try again.
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  RECOVERY_ADDRESS_SAME: "BAD_REQUEST",
  RECOVERY_CONTACT_NOT_SET: "NOT_FOUND",
};

/** Reasons for errors that tRPC itself raises before a procedure runs. */
export const FRAMEWORK_REASONS = {
  PARSE_ERROR: "INVALID_INPUT",
  BAD_REQUEST: "INVALID_INPUT",
  NOT_FOUND: "PROCEDURE_NOT_FOUND",
  METHOD_NOT_SUPPORTED: "METHOD_NOT_SUPPORTED",
  PAYLOAD_TOO_LARGE: "INPUT_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  TIMEOUT: "TIMEOUT",
  CLIENT_CLOSED_REQUEST: "CLIENT_CLOSED_REQUEST",
} as const satisfies Partial<Record<TRPC_ERROR_CODE_KEY, string>>;

/** Refused by the HTTP guards before tRPC reads the request (see request-guards.ts). */
export type GuardReason = "CROSS_SITE_REQUEST";

export type ApiReason =
  | Reason
  | (typeof FRAMEWORK_REASONS)[keyof typeof FRAMEWORK_REASONS]
  | GuardReason
  | "INTERNAL_ERROR";

/** What a reason may carry besides itself, into `data`. */
export interface ReasonDetail {
  /** For RATE_LIMITED and RECOVERY_WAITING: when trying again can succeed. */
  retryAt?: Date | undefined;
  /** For PASSWORD_TOO_WEAK: what makes the password easy to guess. */
  hint?: PasswordHint | undefined;
}

/** Carried as the TRPCError's cause, read back by the error formatter. */
export class ReasonError extends Error {
  readonly retryAt?: Date;
  readonly hint?: PasswordHint;

  constructor(
    readonly reason: Reason,
    detail: ReasonDetail = {},
  ) {
    super(reason);
    this.name = "ReasonError";
    if (detail.retryAt) this.retryAt = detail.retryAt;
    if (detail.hint) this.hint = detail.hint;
  }
}

export function reasonError(reason: Reason, detail: ReasonDetail = {}): TRPCError {
  return new TRPCError({
    code: CODE_OF[reason],
    message: reason,
    cause: new ReasonError(reason, detail),
  });
}

/** The value of a core result, or the TRPCError its reason maps to. */
export function unwrap<T>(result: { ok: true; value: T } | Failure): T {
  if (result.ok) return result.value;
  throw reasonError(result.reason, { retryAt: result.retryAt, hint: result.hint });
}
