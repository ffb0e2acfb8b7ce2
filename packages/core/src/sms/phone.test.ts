import { describe, expect, it } from "vitest";
import { maskPhone, parsePhone, type SmsCountry } from "./phone";

type Row = [input: string, country: SmsCountry | undefined, expected: string];

// expected: the E.164 number that reaches a provider, or the reason the number is refused.
const TABLE: Row[] = [
  // Switzerland
  ["079 123 45 67", "CH", "+41791234567"],
  ["0791234567", "CH", "+41791234567"],
  ["+41 79 123 45 67", undefined, "+41791234567"],
  ["+41 (0)79 123 45 67", undefined, "+41791234567"],
  ["0041 76 123 45 67", undefined, "+41761234567"],
  ["0041-78-123-45-67", "FR", "+41781234567"],
  ["(079) 123.45.67", "CH", "+41791234567"],
  ["044 668 18 00", "CH", "NOT_A_MOBILE_NUMBER"],
  ["0900 123 456", "CH", "NOT_A_MOBILE_NUMBER"],
  ["0800 123 456", "CH", "NOT_A_MOBILE_NUMBER"],
  ["079 123 45", "CH", "INVALID_PHONE_NUMBER"],
  // France (metropolitan)
  ["+33 6 12 34 56 78", undefined, "+33612345678"],
  ["06 12 34 56 78", "FR", "+33612345678"],
  ["07-81-23-45-67", "FR", "+33781234567"],
  ["0033 6 12 34 56 78", "CH", "+33612345678"],
  ["+33 (0)6 12 34 56 78", undefined, "+33612345678"],
  ["01 42 68 53 00", "FR", "NOT_A_MOBILE_NUMBER"],
  ["+33 8 99 12 34 56", undefined, "NOT_A_MOBILE_NUMBER"],
  ["+33 9 71 12 34 56", undefined, "NOT_A_MOBILE_NUMBER"],
  // France's overseas territories have their own calling codes
  ["+262 692 12 34 56", undefined, "COUNTRY_NOT_SUPPORTED"], // Réunion
  ["0692 12 34 56", "FR", "INVALID_PHONE_NUMBER"], // a Réunion number dialled as French
  ["+590 690 12 34 56", undefined, "COUNTRY_NOT_SUPPORTED"], // Guadeloupe
  ["+596 696 12 34 56", undefined, "COUNTRY_NOT_SUPPORTED"], // Martinique
  ["+594 694 12 34 56", undefined, "COUNTRY_NOT_SUPPORTED"], // French Guiana
  ["+687 75 12 34", undefined, "COUNTRY_NOT_SUPPORTED"], // New Caledonia
  // Belgium
  ["+32 470 12 34 56", undefined, "+32470123456"],
  ["0470 12 34 56", "BE", "+32470123456"],
  ["0032 499 12 34 56", undefined, "+32499123456"],
  ["+32 2 555 12 12", undefined, "NOT_A_MOBILE_NUMBER"],
  ["0900 12 345", "BE", "NOT_A_MOBILE_NUMBER"],
  // Germany
  ["+49 151 23456789", undefined, "+4915123456789"],
  ["0049 151 23456789", "CH", "+4915123456789"],
  ["0151 23456789", "DE", "+4915123456789"],
  ["+49 (0)171 2345678", undefined, "+491712345678"],
  ["+49 30 1234567", undefined, "NOT_A_MOBILE_NUMBER"],
  ["0900 1 234567", "DE", "NOT_A_MOBILE_NUMBER"],
  // Neighbours and elsewhere
  ["+423 660 12 34", undefined, "COUNTRY_NOT_SUPPORTED"], // Liechtenstein
  ["+377 6 12 34 56 78", undefined, "COUNTRY_NOT_SUPPORTED"], // Monaco
  ["+44 7700 900123", undefined, "COUNTRY_NOT_SUPPORTED"], // United Kingdom
  ["+1 202 555 0123", undefined, "COUNTRY_NOT_SUPPORTED"], // United States
  ["+39 312 345 6789", undefined, "COUNTRY_NOT_SUPPORTED"], // Italy
  ["+43 664 1234567", undefined, "COUNTRY_NOT_SUPPORTED"], // Austria
  ["+352 621 123 456", undefined, "COUNTRY_NOT_SUPPORTED"], // Luxembourg
  // Not numbers
  ["", "CH", "INVALID_PHONE_NUMBER"],
  ["hello", "CH", "INVALID_PHONE_NUMBER"],
  ["079 123 45 67 ext 3", "CH", "INVALID_PHONE_NUMBER"],
  ["+41 79 123 45 67 89 01 23 45 67 89 01 23 45 67", undefined, "INVALID_PHONE_NUMBER"],
  ["079 123 45 67", undefined, "INVALID_PHONE_NUMBER"], // national, no country chosen
  ["+", undefined, "INVALID_PHONE_NUMBER"],
];

describe("parsePhone", () => {
  it("holds at least 40 numbers in many writings and countries", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)("%s (chosen country %s) -> %s", (input, country, expected) => {
    const r = parsePhone(input, country);
    expect(r.ok ? r.value.e164 : r.reason).toBe(expected);
  });

  it("masks all but the operator prefix and the last two digits", () => {
    const masked = (input: string, country?: SmsCountry) => {
      const r = parsePhone(input, country);
      return r.ok ? r.value.masked : r.reason;
    };
    expect(masked("079 123 45 67", "CH")).toBe("+41 79 *** ** 67");
    expect(masked("+33 6 12 34 56 78")).toBe("+33 6 ** ** ** 78");
    expect(masked("+32 470 12 34 56")).toBe("+32 470 ** ** 56");
    expect(masked("+49 151 23456789")).toBe("+49 1512 *****89");
  });

  it("masks a number without groups to its last two digits", () => {
    expect(maskPhone("+41 791234567")).toBe("+41 79*****67");
    expect(maskPhone("+41 79 1234567")).toBe("+41 79 *****67");
  });
});
