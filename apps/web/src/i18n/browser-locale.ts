import { isLocale, pickLocale, type Locale } from "@twofold/i18n";

const STORAGE_KEY = "twofold.locale";

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
