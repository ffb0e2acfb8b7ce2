import type { PasswordHint } from "@twofold/api";
import type { Locale } from "./locales";

/**
 * Why a password is too easy to guess (the `hint` of PASSWORD_TOO_WEAK, and the web's strength
 * meter), as a short sentence with what to do instead.
 */
export const PASSWORD_HINT_TEXT: Record<Locale, Record<PasswordHint, string>> = {
  en: {
    common: "Too common: it is on the lists of passwords attackers try first.",
    repeated: "Repeats characters or a pattern: easy to guess.",
    sequence: "A sequence like 1234 or abcd: easy to guess.",
    keyboard: "A row or pattern of keys: easy to guess.",
    date: "Dates and years are easy to guess.",
    words: "A single word or name is easy to guess: add another word or two.",
    personal: "Leans on your email address or name: add words that have nothing to do with you.",
    guessable: "Still easy to guess: add another word or two.",
  },
  fr: {
    common: "Trop courant : il figure sur les listes que les attaquants essaient en premier.",
    repeated: "Répète des caractères ou un motif : facile à deviner.",
    sequence: "Une suite comme 1234 ou abcd : facile à deviner.",
    keyboard: "Une rangée ou un motif de touches : facile à deviner.",
    date: "Les dates et les années sont faciles à deviner.",
    words: "Un seul mot ou un nom est facile à deviner : ajoutez un ou deux mots.",
    personal:
      "S'appuie sur votre adresse e-mail ou votre nom : ajoutez des mots sans rapport avec vous.",
    guessable: "Encore facile à deviner : ajoutez un ou deux mots.",
  },
  de: {
    common: "Zu verbreitet: Es steht auf den Listen, die Angreifer zuerst ausprobieren.",
    repeated: "Wiederholt Zeichen oder ein Muster: leicht zu erraten.",
    sequence: "Eine Folge wie 1234 oder abcd: leicht zu erraten.",
    keyboard: "Eine Tastenreihe oder ein Tastenmuster: leicht zu erraten.",
    date: "Daten und Jahreszahlen sind leicht zu erraten.",
    words:
      "Ein einzelnes Wort oder ein Name ist leicht zu erraten: Fügen Sie ein, zwei Wörter hinzu.",
    personal:
      "Stützt sich auf Ihre E-Mail-Adresse oder Ihren Namen: Fügen Sie Wörter hinzu, die nichts mit Ihnen zu tun haben.",
    guessable: "Noch leicht zu erraten: Fügen Sie ein, zwei Wörter hinzu.",
  },
  it: {
    common: "Troppo comune: è negli elenchi di password che gli aggressori provano per prime.",
    repeated: "Ripete caratteri o uno schema: facile da indovinare.",
    sequence: "Una sequenza come 1234 o abcd: facile da indovinare.",
    keyboard: "Una fila o uno schema di tasti: facile da indovinare.",
    date: "Date e anni sono facili da indovinare.",
    words: "Una sola parola o un nome è facile da indovinare: aggiunga una o due parole.",
    personal:
      "Si basa sul suo indirizzo e-mail o sul suo nome: aggiunga parole che non hanno a che fare con lei.",
    guessable: "Ancora facile da indovinare: aggiunga una o due parole.",
  },
};
