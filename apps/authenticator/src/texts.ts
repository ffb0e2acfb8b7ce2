import { pickLanguage, textsFor, type Language, type Texts } from "./i18n";

/** The phone's language among ours (navigator.languages, most preferred first). */
export const LANGUAGE: Language = pickLanguage(
  typeof navigator === "undefined" ? [] : [...navigator.languages, navigator.language],
);
export const T: Texts = textsFor(LANGUAGE);

/** A server reason as a sentence (reasons without their own sentence say "try again"). */
export function sentenceFor(reason: string): string {
  const reasons: Record<string, string> = T.reasons;
  return reasons[reason] ?? T.reasons.OTHER;
}
