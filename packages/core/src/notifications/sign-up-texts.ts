import type { MailLocale } from "./texts";

/** The mails of a sign-up: the code that confirms an address, and "someone tried". */
export const SIGN_UP_MAILS = ["verify_email", "sign_up_attempted"] as const;
export type SignUpMail = (typeof SIGN_UP_MAILS)[number];

interface SignUpTexts {
  subject: Record<SignUpMail, string>;
  code: (code: string, minutes: number) => string;
  link: string;
  /** Under the code: the sign-up may not be the person's own (a repeated sign-up replaces it). */
  notYou: string;
  tried: string;
  triedNext: string;
}

export const SIGN_UP_TEXTS: Record<MailLocale, SignUpTexts> = {
  en: {
    subject: {
      verify_email: "Confirm your email address",
      sign_up_attempted: "Someone tried to sign up with your address",
    },
    code: (c, m) => `Your code to confirm this address: ${c} (valid ${m} minutes).`,
    link: "Or open this link:",
    notYou:
      "If you did not just sign up, ignore this mail: without this code no account is opened.",
    tried:
      "Someone tried to create a Twofold account with this address, which already has one. Nothing changed on your account.",
    triedNext:
      'If it was you: sign in, or use "Forgot password" on the sign-in page. If not, there is nothing to do.',
  },
  fr: {
    subject: {
      verify_email: "Confirmez votre adresse e-mail",
      sign_up_attempted: "Quelqu'un a tenté de s'inscrire avec votre adresse",
    },
    code: (c, m) => `Votre code pour confirmer cette adresse : ${c} (valable ${m} minutes).`,
    link: "Ou ouvrez ce lien :",
    notYou:
      "Si vous ne venez pas de vous inscrire, ignorez cet e-mail : sans ce code, aucun compte n'est ouvert.",
    tried:
      "Quelqu'un a tenté de créer un compte Twofold avec cette adresse, qui en a déjà un. Rien n'a changé sur votre compte.",
    triedNext:
      "Si c'était vous : connectez-vous, ou utilisez « Mot de passe oublié » sur la page de connexion. Sinon, il n'y a rien à faire.",
  },
  de: {
    subject: {
      verify_email: "Bestätigen Sie Ihre E-Mail-Adresse",
      sign_up_attempted: "Jemand wollte sich mit Ihrer Adresse registrieren",
    },
    code: (c, m) => `Ihr Code zur Bestätigung dieser Adresse: ${c} (gültig ${m} Minuten).`,
    link: "Oder öffnen Sie diesen Link:",
    notYou:
      "Falls Sie sich nicht gerade registriert haben, ignorieren Sie diese E-Mail: ohne diesen Code wird kein Konto eröffnet.",
    tried:
      "Jemand wollte mit dieser Adresse ein Twofold-Konto erstellen; sie hat bereits eines. An Ihrem Konto wurde nichts geändert.",
    triedNext:
      "Falls Sie es waren: melden Sie sich an, oder verwenden Sie „Passwort vergessen“ auf der Anmeldeseite. Sonst ist nichts zu tun.",
  },
  it: {
    subject: {
      verify_email: "Confermi il suo indirizzo e-mail",
      sign_up_attempted: "Qualcuno ha provato a registrarsi con il suo indirizzo",
    },
    code: (c, m) => `Il suo codice per confermare questo indirizzo: ${c} (valido ${m} minuti).`,
    link: "Oppure apra questo link:",
    notYou:
      "Se non si è appena registrato, ignori questa e-mail: senza questo codice nessun account viene aperto.",
    tried:
      "Qualcuno ha provato a creare un account Twofold con questo indirizzo, che ne ha già uno. Sul suo account non è cambiato nulla.",
    triedNext:
      "Se è stato lei: acceda, oppure usi «Password dimenticata» nella pagina di accesso. Altrimenti non c'è niente da fare.",
  },
};
