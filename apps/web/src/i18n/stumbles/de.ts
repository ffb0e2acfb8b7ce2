import type { StumblesMessages } from "./en";

export const stumblesDe: StumblesMessages = {
  stumbles: {
    breadcrumb: "Brotkrümelnavigation",
    count: (n, max) => `${n} von ${max} Zeichen`,
    atLimit: (max) => `Höchstens ${max} Zeichen: Die Grenze ist erreicht.`,
    empty: (field) => `${field}: Dieses Feld ist leer. Bitte geben Sie etwas ein.`,
    tooLong: (field, max) => `${field}: zu lang. Höchstens ${max} Zeichen.`,
    email: (field) =>
      `${field}: Das ist keine E-Mail-Adresse. Schreiben Sie sie wie anna@beispiel.ch.`,
    removeLast: (name) =>
      `${name} ist Ihre letzte Methode: Wenn Sie sie entfernen, wird die Bestätigung in zwei Schritten ausgeschaltet. Dann öffnet Ihr Passwort allein Ihr Konto, und Ihre Backup-Codes werden gelöscht.`,
  },
};
