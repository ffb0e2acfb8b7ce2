/**
 * What a refusal must look like: a TRPCError that is no 500 and carries a reason, and no row
 * written, except the counting and logging of a guess that was checked.
 */
import { TRPCError } from "@trpc/server";
import { reasonOf } from "../../src/trpc";

/**
 * Refusals of a guess that was checked (a password, a code, a signature, a security key's
 * answer): these are counted and logged, or guessing would be free, so they may write the
 * counters and the security log, and nothing else. Any other refusal writes nothing at all.
 */
const COUNTED_GUESSES: ReadonlySet<string> = new Set([
  "INVALID_CREDENTIALS",
  "RATE_LIMITED",
  "INVALID_CODE",
  "CODE_ALREADY_USED",
  "CODE_EXPIRED",
  "INVALID_SIGNATURE",
  "WRONG_NUMBER",
  "INVALID_WEBAUTHN_RESPONSE",
  "CREDENTIAL_NOT_FOUND",
  "ORIGIN_NOT_ALLOWED",
  "RP_ID_MISMATCH",
  "WRONG_CEREMONY",
  "USER_NOT_PRESENT",
  "USER_NOT_VERIFIED",
  "SIGN_COUNT_REGRESSION",
]);

const BOOKKEEPING_TABLES: ReadonlySet<string> = new Set([
  "failure_counters",
  "rate_windows",
  "security_events",
  "log_state",
  // An SMS code counts its own tries.
  "sms_codes",
]);

/** The tables a refusal with this reason changed that it must not have. */
export function forbiddenChanges(reason: string, changed: readonly string[]): string[] {
  return COUNTED_GUESSES.has(reason)
    ? changed.filter((table) => !BOOKKEEPING_TABLES.has(table))
    : [...changed];
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `\ncaused by ${describeError(error.cause)}` : "";
  const stack = (error.stack ?? "").split("\n").slice(1, 4).join("\n");
  return `${error.name}: ${error.message}\n${stack}${cause}`;
}

/** The reason of a proper refusal, or what is wrong with it (given the tables it changed). */
export function checkRefusal(
  error: unknown,
  changed: readonly string[],
): { reason: string } | { problem: string } {
  const wrote = changed.length > 0 ? `; rows changed in ${changed.join(", ")}` : "";
  if (!(error instanceof TRPCError))
    return { problem: `threw something other than a TRPCError${wrote}: ${describeError(error)}` };
  if (error.code === "INTERNAL_SERVER_ERROR")
    return { problem: `INTERNAL_SERVER_ERROR (a 500)${wrote}: ${describeError(error.cause)}` };
  const { reason } = reasonOf(error);
  if (reason === "INTERNAL_ERROR")
    return { problem: `${error.code} without a reason${wrote}: ${describeError(error)}` };
  const forbidden = forbiddenChanges(reason, changed);
  if (forbidden.length > 0)
    return { problem: `refused with ${reason}, yet rows changed in ${forbidden.join(", ")}` };
  return { reason };
}
