import type { RecoveryMessages } from "./en";

export const recoveryDe: RecoveryMessages = {
  recoveryContacts: {
    title: "Wiederherstellungsadresse und -telefon",
    rowHint: "Ein anderes Postfach und ein Mobiltelefon, die Ihnen zurück ins Konto helfen.",
    intro:
      "Wenn Sie Ihr Passwort oder Ihre Bestätigungsmethoden verlieren, erreicht Twofold Sie hier. Beide werden mit einem zugesandten Code bestätigt, und jede Änderung wird per E-Mail an Ihre Anmeldeadresse und an die Wiederherstellungsadresse gemeldet.",
    addressTitle: "Wiederherstellungsadresse",
    phoneTitle: "Wiederherstellungsnummer",
    none: "Keine",
    optional: "Freiwillig.",
    waiting: (to: string) => `Wartet auf den Code, der an ${to} gesendet wurde.`,
    emailLabel: "E-Mail-Adresse",
    emailHint: "Ein anderes Postfach als das, mit dem Sie sich anmelden.",
    set: "Festlegen",
    change: "Ändern",
    remove: "Entfernen",
    send: "Code senden",
    cancel: "Abbrechen",
    confirm: "Bestätigen",
    codeLabel: "Code",
    mailedTo: (to: string) => `Geben Sie den Code ein, der per E-Mail an ${to} ging.`,
    textedTo: (to: string) => `Geben Sie den Code ein, der per SMS an ${to} ging.`,
    expires: (time: string) => `Der Code gilt bis ${time}.`,
    removeAddressText:
      "Wiederherstellungsadresse entfernen? Sie hilft Ihnen dann nicht mehr zurück ins Konto.",
    removePhoneText:
      "Wiederherstellungsnummer entfernen? Sie hilft Ihnen dann nicht mehr zurück ins Konto.",
    addressSaved: (to: string) => `${to} ist jetzt Ihre Wiederherstellungsadresse.`,
    phoneSaved: (to: string) => `${to} ist jetzt Ihre Wiederherstellungsnummer.`,
    addressRemoved: "Ihre Wiederherstellungsadresse wurde entfernt.",
    phoneRemoved: "Ihre Wiederherstellungsnummer wurde entfernt.",
  },
};
