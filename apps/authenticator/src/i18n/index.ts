import { de } from "./de";
import { en, type Texts } from "./en";
import { fr } from "./fr";
import { it } from "./it";

export type { Texts } from "./en";
export const LANGUAGES = { en, fr, de, it } as const;
export type Language = keyof typeof LANGUAGES;

/** The first of the phone's languages we speak (fr-CH -> fr), English otherwise. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0] ?? "";
    if (base in LANGUAGES) return base as Language;
  }
  return "en";
}

export function textsFor(language: Language): Texts {
  return LANGUAGES[language];
}
