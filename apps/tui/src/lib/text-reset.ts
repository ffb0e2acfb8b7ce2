import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** "Forgot password" in the terminal: the address, the emailed link, the second step, the password. */
const en = {
  title: "Forgot password",
  key: "Ctrl+F forgot password",
  intro: "Type the address of your account: we send it a link to choose a new password.",
  email: "Email",
  sent: "If an account exists for this address, we sent it a link (it works once, for 30 minutes).",
  linkHint: "Paste the link from the email (or the token after “#token=”).",
  link: "Link",
  factor: "First, confirm it is you with one of your two-step methods.",
  passwordTitle: "Choose a new password",
  password: "New password (at least 10 characters)",
  repeat: "New password, again",
  mismatch: "The two passwords are not the same.",
  doneTitle: "Password changed",
  done: "Your password was changed and every session was signed out.",
  signIn: "Sign in with the new password",
};

export type ResetText = typeof en;

export const RESET_TEXTS: Readonly<Record<Locale, ResetText>> = {
  en,
  fr: {
    title: "Mot de passe oublié",
    key: "Ctrl+F mot de passe oublié",
    intro:
      "Saisissez l'adresse de votre compte : nous y envoyons un lien pour choisir un nouveau mot de passe.",
    email: "Adresse e-mail",
    sent: "Si un compte existe pour cette adresse, nous lui avons envoyé un lien (valable une fois, pendant 30 minutes).",
    linkHint: "Collez le lien de l'e-mail (ou le jeton après « #token= »).",
    link: "Lien",
    factor: "Confirmez d'abord qu'il s'agit bien de vous avec l'une de vos méthodes.",
    passwordTitle: "Choisissez un nouveau mot de passe",
    password: "Nouveau mot de passe (au moins 10 caractères)",
    repeat: "Nouveau mot de passe, encore une fois",
    mismatch: "Les deux mots de passe ne sont pas identiques.",
    doneTitle: "Mot de passe changé",
    done: "Votre mot de passe a été changé et toutes les sessions ont été déconnectées.",
    signIn: "Se connecter avec le nouveau mot de passe",
  },
  de: {
    title: "Passwort vergessen",
    key: "Strg+F Passwort vergessen",
    intro:
      "Geben Sie die Adresse Ihres Kontos ein: Wir senden ihr einen Link, um ein neues Passwort zu wählen.",
    email: "E-Mail-Adresse",
    sent: "Falls es ein Konto mit dieser Adresse gibt, haben wir ihm einen Link gesendet (er gilt einmal, 30 Minuten lang).",
    linkHint: "Fügen Sie den Link aus der E-Mail ein (oder das Token nach „#token=“).",
    link: "Link",
    factor: "Bestätigen Sie zuerst mit einer Ihrer Methoden, dass Sie es sind.",
    passwordTitle: "Wählen Sie ein neues Passwort",
    password: "Neues Passwort (mindestens 10 Zeichen)",
    repeat: "Neues Passwort noch einmal",
    mismatch: "Die beiden Passwörter sind nicht gleich.",
    doneTitle: "Passwort geändert",
    done: "Ihr Passwort wurde geändert und alle Sitzungen wurden abgemeldet.",
    signIn: "Mit dem neuen Passwort anmelden",
  },
  it: {
    title: "Password dimenticata",
    key: "Ctrl+F password dimenticata",
    intro:
      "Inserisca l'indirizzo del suo account: le inviamo un link per scegliere una nuova password.",
    email: "Indirizzo email",
    sent: "Se esiste un account con questo indirizzo, gli abbiamo inviato un link (funziona una volta, per 30 minuti).",
    linkHint: "Incolli il link dell'email (o il token dopo «#token=»).",
    link: "Link",
    factor: "Prima confermi che si tratta di lei con uno dei suoi metodi.",
    passwordTitle: "Scelga una nuova password",
    password: "Nuova password (almeno 10 caratteri)",
    repeat: "Nuova password, di nuovo",
    mismatch: "Le due password non sono uguali.",
    doneTitle: "Password cambiata",
    done: "La sua password è stata cambiata e tutte le sessioni sono state chiuse.",
    signIn: "Acceda con la nuova password",
  },
};

/** The "forgot password" texts of the current language. */
export const RESET_TEXT: ResetText = localized(RESET_TEXTS);

/** The token of a pasted reset link ("…/reset-password#token=…"), or the token itself. */
export function resetTokenOf(pasted: string): string {
  const text = pasted.trim();
  const hash = text.indexOf("#");
  if (hash < 0) return text;
  return new URLSearchParams(text.slice(hash + 1)).get("token")?.trim() ?? "";
}
