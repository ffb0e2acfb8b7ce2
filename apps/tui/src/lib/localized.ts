import type { Locale } from "@twofold/i18n";
import { currentLocale } from "./locale";

const isObject = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An object whose every property, at any depth, is read from `read()` when it is read. */
function live<T extends object>(read: () => T): T {
  const nested = new Map<PropertyKey, unknown>();
  return new Proxy(read(), {
    get: (_target, key) => {
      const value: unknown = Reflect.get(read(), key);
      if (!isObject(value)) return value;
      // The same nested object each time (a stable React dependency), itself live.
      if (!nested.has(key))
        nested.set(
          key,
          live(() => Reflect.get(read(), key) as object),
        );
      return nested.get(key);
    },
    has: (_target, key) => Reflect.has(read(), key),
    ownKeys: () => Reflect.ownKeys(read()),
    getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(read(), key),
  });
}

/**
 * The texts of the current language, read at the moment they are used: `TEXT.settings.title`
 * is French once `setLocale("fr")` ran, and so is `T.title` after `const T = TEXT.settings`,
 * with no change where they are used. A string or a function taken out of it and kept in a
 * module-level constant would stay in the language of that moment: read texts at render time.
 */
export function localized<T extends object>(texts: Readonly<Record<Locale, T>>): T {
  return live(() => texts[currentLocale()]);
}

/** The formatting of each language: Swiss conventions, British for English (24-hour clock). */
const FORMATS: Record<Locale, string> = { en: "en-GB", fr: "fr-CH", de: "de-CH", it: "it-CH" };

/** The BCP 47 tag dates and times are written in: the current language's. */
export function intlLocale(locale: Locale = currentLocale()): string {
  return FORMATS[locale];
}
