import type { Locale } from "@twofold/i18n";

/** The unit's singular and plural, as a language writes them ("hour", "hours"). */
export interface Unit {
  one: string;
  other: string;
}

/**
 * A number of hours as `locale` writes it, with its unit: at most one decimal (a test server
 * may wait 1.5 hours), the language's decimal sign and plural ("1,5 heure", "1,5 Stunden").
 */
export function hoursIn(locale: Locale, hours: number, unit: Unit): string {
  const rounded = Math.round(hours * 10) / 10;
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded);
  const form = new Intl.PluralRules(locale).select(rounded) === "one" ? unit.one : unit.other;
  return `${count} ${form}`;
}
