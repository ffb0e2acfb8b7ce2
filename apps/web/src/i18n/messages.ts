import type { Locale } from "@twofold/i18n";
import { en, type Messages } from "./en";

/**
 * Each language's texts. English is in the first page's script (it is the fallback and the
 * type); French, German and Italian are separate chunks, loaded when a person's language needs
 * them, so nobody downloads four languages to read one.
 */
const LOADERS: Record<Exclude<Locale, "en">, () => Promise<Messages>> = {
  fr: () => import("./fr").then((m) => m.fr),
  de: () => import("./de").then((m) => m.de),
  it: () => import("./it").then((m) => m.it),
};

/** Each language's name in that language, for the language menu (not worth a chunk each). */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  de: "Deutsch",
  it: "Italiano",
};

/** A language's texts; English when its chunk cannot be loaded (the server is out of reach). */
export async function loadMessages(locale: Locale): Promise<{ locale: Locale; t: Messages }> {
  if (locale === "en") return { locale, t: en };
  try {
    return { locale, t: await LOADERS[locale]() };
  } catch {
    return { locale: "en", t: en };
  }
}

export { en };
