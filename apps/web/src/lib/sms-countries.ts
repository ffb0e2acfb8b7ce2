import type { Locale } from "@twofold/i18n";
import type { api } from "./api";

/** The countries whose mobile numbers receive codes, as the API names them. */
export type SMSCountry = NonNullable<Parameters<typeof api.sms.addPhone.mutate>[0]["country"]>;

/** Each country's calling code and a mobile number written as people there write it. */
export const SMS_COUNTRIES: Readonly<Record<SMSCountry, { callingCode: string; example: string }>> =
  {
    CH: { callingCode: "+41", example: "079 123 45 67" },
    FR: { callingCode: "+33", example: "06 12 34 56 78" },
    BE: { callingCode: "+32", example: "0470 12 34 56" },
    DE: { callingCode: "+49", example: "0151 23456789" },
  };

/** In the order offered: Switzerland first, the fallback. */
export const SMS_COUNTRY_CODES: readonly SMSCountry[] = ["CH", "FR", "BE", "DE"];

export function isSMSCountry(value: string): value is SMSCountry {
  return (SMS_COUNTRY_CODES as readonly string[]).includes(value);
}

/** Where the language alone says which country is likely. Italian and English say nothing. */
const LANGUAGE_COUNTRY: Partial<Record<Locale, SMSCountry>> = { fr: "FR", de: "DE" };

/**
 * The country picked at first: the region of the browser's first language that names one of the
 * four ("fr-CH" -> CH), else the one the page's language suggests, else Switzerland.
 */
export function defaultSMSCountry(languages: readonly string[], locale: Locale): SMSCountry {
  for (const tag of languages) {
    const region = tag
      .split(/[-_.@]/)
      .slice(1)
      .find((part) => /^[a-z]{2}$/i.test(part))
      ?.toUpperCase();
    if (region && isSMSCountry(region)) return region;
  }
  return LANGUAGE_COUNTRY[locale] ?? "CH";
}
