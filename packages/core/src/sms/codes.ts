import { normalizeSixDigits, sixDigitCode } from "../crypto/six-digits";
import { constantTimeEqual, keyedHash } from "../crypto/tokens";
import type { Deps } from "../deps";

export const SMS_CODE_DIGITS = 6;

/** Six uniform digits (rejection sampling: no digit is likelier than another). */
export const generateSmsCode = sixDigitCode;

/** What a person typed, as six digits ("123 456", "123-456" are fine), or null. */
export const normalizeSmsCode = normalizeSixDigits;

/**
 * What the database keeps of a code: a keyed hash bound to the sign-in or enrollment it was
 * sent for, so a code matches nowhere else and a dump without the key tests no guess.
 */
export function hashSmsCode(deps: Pick<Deps, "keys">, targetId: string, code: string): string {
  return keyedHash(deps.keys.smsCodes, `${targetId}:${code}`);
}

export function smsCodeMatches(
  deps: Pick<Deps, "keys">,
  targetId: string,
  code: string,
  stored: string,
): boolean {
  return constantTimeEqual(hashSmsCode(deps, targetId, code), stored);
}

/** The keyed hash a number is found by (duplicates, per-number limits) without being read. */
export function hashPhone(deps: Pick<Deps, "keys">, e164: string): string {
  return keyedHash(deps.keys.phoneNumbers, e164);
}
