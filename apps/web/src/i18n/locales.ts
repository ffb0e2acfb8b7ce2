/** The languages Twofold speaks, English first as the fallback. */
export const LOCALES = ["en", "fr", "de", "it"] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = "twofold.locale";

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages that Twofold speaks ("fr-CH" -> "fr"), else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (isLocale(base)) return base;
  }
  return "en";
}

/** A choice made in the language menu wins over the browser's languages. */
export function initialLocale(): Locale {
  const saved = readSaved();
  if (saved && isLocale(saved)) return saved;
  return pickLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be off (private mode); the choice then lasts until the page closes.
  }
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
