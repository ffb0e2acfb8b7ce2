import type { Locale } from "../locales";
import { de } from "./de";
import { en } from "./en";
import { fr } from "./fr";
import { it } from "./it";
import type { EventDetail, Read, Sentences, SecurityEventType } from "./types";
import { PROTOCOLS, WORDS } from "./words";

export type { EventDetail, SecurityEventType } from "./types";

/**
 * A short sentence for every security event in each language. Web and terminal show these in
 * the security log; an event type without a sentence is a type error.
 */
export const EVENT_TEXT: Record<Locale, Sentences> = { en, fr, de, it };

function reader(locale: Locale, detail: EventDetail): Read {
  const words = WORDS[locale];
  const text = (key: string): string => {
    const value = detail[key];
    return value === undefined ? "" : String(value).trim();
  };
  const method = (): string => words.methods[text("factor") || text("kind")] ?? words.someMethod;
  const quoted = (key: string): string => (text(key) ? words.quote(text(key)) : "");
  return {
    text,
    count: (key) => {
      const value = detail[key];
      return typeof value === "number" && Number.isFinite(value) ? value : 0;
    },
    method,
    named: (nameKey = "label") => [method(), quoted(nameKey)].filter(Boolean).join(" "),
    quoted,
    protocol: () => PROTOCOLS[text("protocol")] ?? text("protocol").toUpperCase(),
    language: () => words.languages[text("locale") as Locale] ?? text("locale"),
  };
}

/** "Signed in with the authenticator app “Pixel phone”.": one event of the log, in words. */
export function describeEvent(
  locale: Locale,
  event: { type: SecurityEventType; detail: EventDetail },
): string {
  const sentences: Partial<Record<string, (d: Read) => string>> = EVENT_TEXT[locale];
  // A type newer than this build (an old front end, a newer server) still reads as a sentence.
  const sentence = sentences[event.type];
  if (!sentence) return UNKNOWN[locale];
  // A detail missing from an old entry leaves no double space or space before the full stop.
  return sentence(reader(locale, event.detail)).replace(/ {2,}/g, " ").replace(/ \./g, ".");
}

const UNKNOWN: Record<Locale, string> = {
  en: "A security change was recorded.",
  fr: "Une modification de sécurité a été enregistrée.",
  de: "Eine Sicherheitsänderung wurde aufgezeichnet.",
  it: "È stata registrata una modifica di sicurezza.",
};
