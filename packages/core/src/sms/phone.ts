import { parsePhoneNumberWithError, type PhoneNumber } from "libphonenumber-js/max";
import { fail, ok, type Result } from "../errors";

/** The countries whose mobile numbers can receive codes: Switzerland, France, Belgium, Germany. */
export const SMS_COUNTRIES = ["CH", "FR", "BE", "DE"] as const;
export type SmsCountry = (typeof SMS_COUNTRIES)[number];

/** Calling codes of those countries. +33 is metropolitan France only: overseas have their own. */
const CALLING_CODES: Record<string, SmsCountry> = {
  "41": "CH",
  "33": "FR",
  "32": "BE",
  "49": "DE",
};

export interface Phone {
  /** The normalised number: the only form that ever reaches a provider. */
  e164: string;
  country: SmsCountry;
  /** "+41 79 *** ** 67": the country code, the operator prefix and the last two digits. */
  masked: string;
}

export type PhoneReason = "INVALID_PHONE_NUMBER" | "COUNTRY_NOT_SUPPORTED" | "NOT_A_MOBILE_NUMBER";

/** Longest input worth parsing: a number with every usual separator fits well within it. */
const MAX_INPUT = 40;

/**
 * Reads a number as people write it: `079 123 45 67` (with the country chosen), `+33 6 12 34
 * 56 78`, `0049 151 23456789`, with spaces, dashes, dots, brackets or `(0)`. Only mobile numbers
 * of the four countries pass; a number of any other country is COUNTRY_NOT_SUPPORTED, a fixed,
 * premium or other line NOT_A_MOBILE_NUMBER, anything unreadable INVALID_PHONE_NUMBER.
 */
export function parsePhone(input: string, country?: SmsCountry): Result<Phone, PhoneReason> {
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_INPUT || !/^[\d\s+()./-]+$/.test(text))
    return fail("INVALID_PHONE_NUMBER");
  // "00" is the international prefix in all four countries.
  const written = text.replace(/^00/, "+");
  let phone: PhoneNumber;
  try {
    phone = parsePhoneNumberWithError(written, country);
  } catch {
    return fail("INVALID_PHONE_NUMBER");
  }
  const home = CALLING_CODES[phone.countryCallingCode];
  if (home === undefined) return fail("COUNTRY_NOT_SUPPORTED");
  if (!phone.isValid() || phone.country !== home) return fail("INVALID_PHONE_NUMBER");
  if (phone.getType() !== "MOBILE") return fail("NOT_A_MOBILE_NUMBER");
  return ok({ e164: phone.number, country: home, masked: maskPhone(phone.formatInternational()) });
}

/** Masks every digit after the operator prefix but the last two, keeping the grouping. */
export function maskPhone(international: string): string {
  const [code = "", ...groups] = international.split(" ");
  // Without groups, the first two digits stand for the operator prefix.
  const [prefix = "", tail = ""] =
    groups.length > 1
      ? [groups[0], groups.slice(1).join(" ")]
      : [groups.join("").slice(0, 2), groups.join("").slice(2)];
  let keep = 2;
  const masked = [...tail]
    .reverse()
    .map((c) => (/\d/.test(c) && keep-- <= 0 ? "*" : c))
    .reverse()
    .join("");
  return groups.length > 1 ? `${code} ${prefix} ${masked}` : `${code} ${prefix}${masked}`;
}

export function isSmsCountry(value: string): value is SmsCountry {
  return (SMS_COUNTRIES as readonly string[]).includes(value);
}
