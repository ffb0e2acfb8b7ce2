import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** The terminal's "Recovery address and phone". */
const en = {
  menuItem: "Recovery address and phone",
  title: "Recovery address and phone",
  intro: "If you lose your password or your methods, Twofold reaches you here.",
  address: (masked: string | null) => `Recovery address: ${masked ?? "none"}`,
  phone: (masked: string | null) => `Recovery mobile: ${masked ?? "none"} (optional)`,
  waiting: (to: string) => `  waiting for the code sent to ${to}`,
  setAddress: "Set a recovery address",
  changeAddress: "Change the recovery address",
  removeAddress: "Remove the recovery address",
  setPhone: "Set a recovery mobile",
  changePhone: "Change the recovery mobile",
  removePhone: "Remove the recovery mobile",
  typeCode: (to: string) => `Type the code sent to ${to}`,
  back: "Back",
  emailLabel: "Email",
  emailHint: "Another mailbox than the one you sign in with. A code will be mailed to it.",
  phoneLabel: "Mobile number",
  phoneHint: "A mobile of Switzerland, France, Belgium or Germany, e.g. +41 79 123 45 67.",
  codeLabel: "Code",
  sentTo: (to: string, until: string) => `Code sent to ${to}. It works until ${until}.`,
  removeAddressText: "Remove your recovery address? It will no longer help you back in.",
  removePhoneText: "Remove your recovery mobile? It will no longer help you back in.",
  addressSaved: (to: string) => `${to} is now your recovery address.`,
  phoneSaved: (to: string) => `${to} is now your recovery mobile.`,
  addressRemoved: "Your recovery address was removed.",
  phoneRemoved: "Your recovery mobile was removed.",
};

export type RecoveryText = typeof en;

export const RECOVERY_TEXTS: Readonly<Record<Locale, RecoveryText>> = {
  en,
  fr: {
    menuItem: "Adresse et téléphone de récupération",
    title: "Adresse et téléphone de récupération",
    intro: "Si vous perdez votre mot de passe ou vos méthodes, Twofold vous joint ici.",
    address: (masked: string | null) => `Adresse de récupération : ${masked ?? "aucune"}`,
    phone: (masked: string | null) => `Mobile de récupération : ${masked ?? "aucun"} (facultatif)`,
    waiting: (to: string) => `  en attente du code envoyé à ${to}`,
    setAddress: "Définir une adresse de récupération",
    changeAddress: "Changer l'adresse de récupération",
    removeAddress: "Supprimer l'adresse de récupération",
    setPhone: "Définir un mobile de récupération",
    changePhone: "Changer le mobile de récupération",
    removePhone: "Supprimer le mobile de récupération",
    typeCode: (to: string) => `Saisissez le code envoyé à ${to}`,
    back: "Retour",
    emailLabel: "Adresse e-mail",
    emailHint: "Une autre boîte aux lettres que celle de votre connexion. Un code lui sera envoyé.",
    phoneLabel: "Numéro de mobile",
    phoneHint:
      "Un mobile de Suisse, de France, de Belgique ou d'Allemagne, p. ex. +41 79 123 45 67.",
    codeLabel: "Code",
    sentTo: (to: string, until: string) => `Code envoyé à ${to}. Il fonctionne jusqu'à ${until}.`,
    removeAddressText:
      "Supprimer votre adresse de récupération ? Elle ne pourra plus vous aider à revenir.",
    removePhoneText:
      "Supprimer votre mobile de récupération ? Il ne pourra plus vous aider à revenir.",
    addressSaved: (to: string) => `${to} est maintenant votre adresse de récupération.`,
    phoneSaved: (to: string) => `${to} est maintenant votre mobile de récupération.`,
    addressRemoved: "Votre adresse de récupération a été supprimée.",
    phoneRemoved: "Votre mobile de récupération a été supprimé.",
  },
  de: {
    menuItem: "Wiederherstellungsadresse und -telefon",
    title: "Wiederherstellungsadresse und -telefon",
    intro: "Wenn Sie Ihr Passwort oder Ihre Methoden verlieren, erreicht Twofold Sie hier.",
    address: (masked: string | null) => `Wiederherstellungsadresse: ${masked ?? "keine"}`,
    phone: (masked: string | null) =>
      `Wiederherstellungs-Mobiltelefon: ${masked ?? "keines"} (freiwillig)`,
    waiting: (to: string) => `  wartet auf den Code, der an ${to} gesendet wurde`,
    setAddress: "Wiederherstellungsadresse festlegen",
    changeAddress: "Wiederherstellungsadresse ändern",
    removeAddress: "Wiederherstellungsadresse entfernen",
    setPhone: "Wiederherstellungs-Mobiltelefon festlegen",
    changePhone: "Wiederherstellungs-Mobiltelefon ändern",
    removePhone: "Wiederherstellungs-Mobiltelefon entfernen",
    typeCode: (to: string) => `Geben Sie den Code ein, der an ${to} gesendet wurde`,
    back: "Zurück",
    emailLabel: "E-Mail-Adresse",
    emailHint:
      "Ein anderes Postfach als das, mit dem Sie sich anmelden. Es erhält einen Code per E-Mail.",
    phoneLabel: "Mobilnummer",
    phoneHint:
      "Ein Mobiltelefon aus der Schweiz, Frankreich, Belgien oder Deutschland, z. B. +41 79 123 45 67.",
    codeLabel: "Code",
    sentTo: (to: string, until: string) => `Code an ${to} gesendet. Er gilt bis ${until}.`,
    removeAddressText:
      "Ihre Wiederherstellungsadresse entfernen? Sie hilft Ihnen dann nicht mehr zurück ins Konto.",
    removePhoneText:
      "Ihr Wiederherstellungs-Mobiltelefon entfernen? Es hilft Ihnen dann nicht mehr zurück ins Konto.",
    addressSaved: (to: string) => `${to} ist jetzt Ihre Wiederherstellungsadresse.`,
    phoneSaved: (to: string) => `${to} ist jetzt Ihr Wiederherstellungs-Mobiltelefon.`,
    addressRemoved: "Ihre Wiederherstellungsadresse wurde entfernt.",
    phoneRemoved: "Ihr Wiederherstellungs-Mobiltelefon wurde entfernt.",
  },
  it: {
    menuItem: "Indirizzo e telefono di recupero",
    title: "Indirizzo e telefono di recupero",
    intro: "Se perde la password o i suoi metodi, Twofold la contatta qui.",
    address: (masked: string | null) => `Indirizzo di recupero: ${masked ?? "nessuno"}`,
    phone: (masked: string | null) => `Cellulare di recupero: ${masked ?? "nessuno"} (facoltativo)`,
    waiting: (to: string) => `  in attesa del codice inviato a ${to}`,
    setAddress: "Imposta un indirizzo di recupero",
    changeAddress: "Cambia l'indirizzo di recupero",
    removeAddress: "Rimuovi l'indirizzo di recupero",
    setPhone: "Imposta un cellulare di recupero",
    changePhone: "Cambia il cellulare di recupero",
    removePhone: "Rimuovi il cellulare di recupero",
    typeCode: (to: string) => `Inserisca il codice inviato a ${to}`,
    back: "Indietro",
    emailLabel: "Indirizzo email",
    emailHint: "Una casella diversa da quella con cui accede. Le verrà inviato un codice.",
    phoneLabel: "Numero di cellulare",
    phoneHint: "Un cellulare di Svizzera, Francia, Belgio o Germania, ad es. +41 79 123 45 67.",
    codeLabel: "Codice",
    sentTo: (to: string, until: string) => `Codice inviato a ${to}. Funziona fino alle ${until}.`,
    removeAddressText:
      "Rimuovere il suo indirizzo di recupero? Non potrà più aiutarla a rientrare.",
    removePhoneText: "Rimuovere il suo cellulare di recupero? Non potrà più aiutarla a rientrare.",
    addressSaved: (to: string) => `${to} è ora il suo indirizzo di recupero.`,
    phoneSaved: (to: string) => `${to} è ora il suo cellulare di recupero.`,
    addressRemoved: "Il suo indirizzo di recupero è stato rimosso.",
    phoneRemoved: "Il suo cellulare di recupero è stato rimosso.",
  },
};

/** The recovery-contact texts of the current language. */
export const RECOVERY_TEXT: RecoveryText = localized(RECOVERY_TEXTS);
