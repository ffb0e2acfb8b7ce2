/** The languages Twofold speaks, English first as the fallback. */
export const LOCALES = ["en", "fr", "de", "it"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of a person's languages that Twofold speaks, else English. Takes browser tags
 * ("fr-CH") and POSIX locales ("de_CH.UTF-8").
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_.@]/)[0] ?? "";
    if (isLocale(base)) return base;
  }
  return "en";
}
