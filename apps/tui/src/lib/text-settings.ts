import type { Locale } from "@twofold/i18n";
import type { Problem } from "@twofold/client";
import { currentLocale } from "./locale";
import { problemText } from "./text";

const en = {
  /** A network failure, naming the server the terminal talks to. */
  unreachable: (server: string) =>
    `${server} cannot be reached. Check your connection and that the address is right.`,
  /** A method's second line in settings; under 76 characters with two dates. */
  methodDates: (added: string, lastUsed: string | null) =>
    `added ${added}, last used ${lastUsed ?? "never"}`,
  factor: {
    makePreferred: "Make it the preferred method",
    isPreferred: "This is your preferred method: signing in offers it first.",
    preferredDone: (name: string) => `${name}: now your preferred method.`,
  },
  secondFactor: {
    deviceCode: "Code shown on your device (offline)",
    deviceCodeLabel: "Code shown on your device",
    deviceCodeHint:
      "When a request cannot reach your device, it shows a 6-digit code (in the terminal approver: press o).",
    pushHint: "No request on your device? Tab, then “Code shown on your device (offline)”.",
  },
};

/** The texts of the terminal's sign-in fields and settings rows, in the four languages. */
export type SettingsText = typeof en;

const fr: SettingsText = {
  unreachable: (server) =>
    `${server} est injoignable. Vérifiez votre connexion et que l'adresse est juste.`,
  methodDates: (added, lastUsed) =>
    `ajoutée le ${added}, dernier usage ${lastUsed ? `le ${lastUsed}` : "jamais"}`,
  factor: {
    makePreferred: "En faire la méthode préférée",
    isPreferred: "C'est votre méthode préférée : la connexion la propose en premier.",
    preferredDone: (name) => `${name} : c'est maintenant votre méthode préférée.`,
  },
  secondFactor: {
    deviceCode: "Code affiché par votre appareil (hors ligne)",
    deviceCodeLabel: "Code affiché par votre appareil",
    deviceCodeHint:
      "Quand une demande ne peut pas atteindre votre appareil, il affiche un code à 6 chiffres (dans le terminal approbateur : touche o).",
    pushHint: "Aucune demande sur votre appareil ? Tab, puis « Code affiché par votre appareil ».",
  },
};

const de: SettingsText = {
  unreachable: (server) =>
    `${server} ist nicht erreichbar. Prüfen Sie Ihre Verbindung und die Adresse.`,
  methodDates: (added, lastUsed) => `hinzugefügt ${added}, zuletzt verwendet ${lastUsed ?? "nie"}`,
  factor: {
    makePreferred: "Zur bevorzugten Methode machen",
    isPreferred: "Dies ist Ihre bevorzugte Methode: die Anmeldung bietet sie zuerst an.",
    preferredDone: (name) => `${name} ist jetzt Ihre bevorzugte Methode.`,
  },
  secondFactor: {
    deviceCode: "Code, den Ihr Gerät anzeigt (offline)",
    deviceCodeLabel: "Code, den Ihr Gerät anzeigt",
    deviceCodeHint:
      "Wenn eine Anfrage Ihr Gerät nicht erreicht, zeigt es einen 6-stelligen Code an (im Terminal-Bestätiger: Taste o).",
    pushHint: "Keine Anfrage auf Ihrem Gerät? Tab, dann „Code, den Ihr Gerät anzeigt“.",
  },
};

const it: SettingsText = {
  unreachable: (server) =>
    `Impossibile raggiungere ${server}. Controlli la connessione e che l'indirizzo sia giusto.`,
  methodDates: (added, lastUsed) =>
    `aggiunto il ${added}, ultimo uso ${lastUsed ? `il ${lastUsed}` : "mai"}`,
  factor: {
    makePreferred: "Renderlo il metodo preferito",
    isPreferred: "È il suo metodo preferito: l'accesso lo propone per primo.",
    preferredDone: (name) => `${name} è ora il suo metodo preferito.`,
  },
  secondFactor: {
    deviceCode: "Codice mostrato dal dispositivo (offline)",
    deviceCodeLabel: "Codice mostrato dal dispositivo",
    deviceCodeHint:
      "Quando una richiesta non raggiunge il dispositivo, questo mostra un codice di 6 cifre (nel terminale approvatore: tasto o).",
    pushHint: "Nessuna richiesta sul dispositivo? Tab, poi «Codice mostrato dal dispositivo».",
  },
};

export const SETTINGS_TEXT = { en, fr, de, it } satisfies Record<Locale, SettingsText>;

/** The texts in the terminal's language, read at render time. */
export function settingsText(): SettingsText {
  return SETTINGS_TEXT[currentLocale()];
}

/**
 * The sentence for a failed call, as `problemText` says it, except that a server that cannot be
 * reached is named: the person may have typed the wrong `--server`.
 */
export function problemSentence(problem: Problem, server: string | undefined): string {
  if (problem.reason === "NETWORK" && server) return settingsText().unreachable(server);
  return problemText(problem);
}
