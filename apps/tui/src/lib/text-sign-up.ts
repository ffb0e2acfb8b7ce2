import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** What the terminal app says while an address is confirmed (spread into TEXT). */
const en = {
  verifyEmail: {
    title: "Check your mail",
    sent: (email: string) =>
      `We sent a mail to ${email}. Type the 6-digit code it holds (it works for 30 minutes).`,
    code: "Code from the mail",
    sentAgain: "A new mail is on its way: only the newest code works.",
    keys: "Enter confirm · Ctrl+R send the mail again · Esc back · Ctrl+C quit",
  },
};

export type SignUpText = typeof en;

export const SIGN_UP_TEXTS: Readonly<Record<Locale, SignUpText>> = {
  en,
  fr: {
    verifyEmail: {
      title: "Consultez votre messagerie",
      sent: (email: string) =>
        `Nous avons envoyé un e-mail à ${email}. Saisissez le code à 6 chiffres qu'il contient (valable 30 minutes).`,
      code: "Code reçu par e-mail",
      sentAgain: "Un nouvel e-mail est en route : seul le code le plus récent fonctionne.",
      keys: "Entrée confirmer · Ctrl+R renvoyer l'e-mail · Échap retour · Ctrl+C quitter",
    },
  },
  de: {
    verifyEmail: {
      title: "Sehen Sie in Ihre E-Mails",
      sent: (email: string) =>
        `Wir haben eine E-Mail an ${email} gesendet. Geben Sie den 6-stelligen Code daraus ein (er gilt 30 Minuten).`,
      code: "Code aus der E-Mail",
      sentAgain: "Eine neue E-Mail ist unterwegs: Nur der neueste Code funktioniert.",
      keys: "Enter bestätigen · Strg+R E-Mail erneut senden · Esc zurück · Strg+C beenden",
    },
  },
  it: {
    verifyEmail: {
      title: "Controlli la sua posta",
      sent: (email: string) =>
        `Abbiamo inviato un'email a ${email}. Inserisca il codice di 6 cifre che contiene (valido 30 minuti).`,
      code: "Codice ricevuto via email",
      sentAgain: "Una nuova email è in arrivo: funziona solo il codice più recente.",
      keys: "Invio conferma · Ctrl+R invia di nuovo l'email · Esc indietro · Ctrl+C esci",
    },
  },
};

/** The sign-up texts of the current language. */
export const SIGN_UP_TEXT: SignUpText = localized(SIGN_UP_TEXTS);
