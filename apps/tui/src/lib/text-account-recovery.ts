import { intlLocale } from "./localized";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** A wait in hours as the text says it: at most one decimal ("1.5 hours", "1 hour"). */
function hoursText(locale: Locale, hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  const number = rounded.toLocaleString(intlLocale(locale));
  const unit = HOURS[locale];
  return `${number} ${rounded === 1 ? unit[0] : unit[1]}`;
}

const HOURS: Record<Locale, [string, string]> = {
  en: ["hour", "hours"],
  fr: ["heure", "heures"],
  de: ["Stunde", "Stunden"],
  it: ["ora", "ore"],
};

/** "I can't use any of my methods": an account recovery that waits, and its notice. */
const en = {
  lostAll: "I can't use any of my methods",
  title: "Recover your account",
  /**
   * `hours`: the server's wait (`recovery.waitPeriod`), or null while it is not known. Each line
   * under 80 characters (up to 720 hours, the server's most): one line each on the smallest
   * terminal.
   */
  intro: (hours: number | null): [string, ...string[]] => [
    "Lost your phone and your backup codes? Give your password and one proof that",
    `only you hold. The recovery then waits ${hours === null ? "a while" : hoursText("en", hours)}, and every address of the`,
    "account is told at once: the owner can cancel a recovery they did not start.",
    "After the wait: a new password, two-step off with all its methods, every",
    "session and application password ended; then turn two-step on again.",
  ],
  choose: "Your proof",
  proofs: {
    app_password: "One of my application passwords",
    sms_code: "A code to my recovery phone",
    email_link: "A link to my recovery address",
  },
  completeMode: "The wait is over: complete a recovery",
  startMode: "Start a recovery",
  email: "Email",
  password: "Password",
  appPassword: "Application password",
  code: "Code from the text message",
  link: "The link from the mail (or its token)",
  newPassword: "New password (at least 10 characters)",
  linkSent: "If this account has a recovery address, a link is on its way there.",
  codeSent: (to: string) => `A code was sent to ${to}.`,
  noPhone: "This account has no recovery phone. Choose another proof.",
  started: (when: string) => `The recovery has started. You can complete it after ${when}.`,
  startedHint: "Every address of the account was told. Esc goes back.",
  done: "Your account is yours again: two-step verification is off. Turn it on again now.",
  pending: (when: string) =>
    `A recovery of your account is under way; it can be completed from ${when}.`,
  pendingHint: "If you did not start it, cancel it now and change your password.",
  cancel: "Cancel the pending recovery",
  cancelled: "The recovery was cancelled. It cannot be resumed.",
};

export type AccountRecoveryText = typeof en;

export const ACCOUNT_RECOVERY_TEXTS: Readonly<Record<Locale, AccountRecoveryText>> = {
  en,
  fr: {
    lostAll: "Je ne peux utiliser aucune de mes méthodes",
    title: "Récupérer votre compte",
    intro: (hours: number | null): [string, ...string[]] => [
      "Téléphone et codes de secours perdus ? Donnez votre mot de passe et une preuve",
      "que vous seul détenez. La récupération attend alors",
      `${hours === null ? "un certain temps" : hoursText("fr", hours)}, et chaque adresse du compte est prévenue aussitôt :`,
      "le titulaire peut annuler une récupération qu'il n'a pas lancée. Après",
      "l'attente : un nouveau mot de passe, la validation en deux étapes désactivée",
      "avec toutes ses méthodes, chaque session et mot de passe d'application",
      "terminés ; réactivez ensuite la validation en deux étapes.",
    ],
    choose: "Votre preuve",
    proofs: {
      app_password: "L'un de mes mots de passe d'application",
      sms_code: "Un code sur mon téléphone de récupération",
      email_link: "Un lien à mon adresse de récupération",
    },
    completeMode: "L'attente est terminée : achever une récupération",
    startMode: "Lancer une récupération",
    email: "Adresse e-mail",
    password: "Mot de passe",
    appPassword: "Mot de passe d'application",
    code: "Code reçu par SMS",
    link: "Le lien de l'e-mail (ou son jeton)",
    newPassword: "Nouveau mot de passe (au moins 10 caractères)",
    linkSent: "Si ce compte a une adresse de récupération, un lien y est en route.",
    codeSent: (to: string) => `Un code a été envoyé au ${to}.`,
    noPhone: "Ce compte n'a pas de téléphone de récupération. Choisissez une autre preuve.",
    started: (when: string) =>
      `La récupération a commencé. Vous pourrez l'achever après le ${when}.`,
    startedHint: "Chaque adresse du compte a été prévenue. Échap pour revenir.",
    done: "Votre compte est de nouveau à vous : la validation en deux étapes est désactivée. Réactivez-la maintenant.",
    pending: (when: string) =>
      `Une récupération de votre compte est en cours ; elle pourra être achevée à partir du ${when}.`,
    pendingHint:
      "Si vous ne l'avez pas lancée, annulez-la maintenant et changez votre mot de passe.",
    cancel: "Annuler la récupération en cours",
    cancelled: "La récupération a été annulée. Elle ne peut pas être reprise.",
  },
  de: {
    lostAll: "Ich kann keine meiner Methoden verwenden",
    title: "Konto wiederherstellen",
    intro: (hours: number | null): [string, ...string[]] => [
      "Smartphone und Backup-Codes verloren? Geben Sie Ihr Passwort und einen Nachweis",
      "an, den nur Sie besitzen. Die Wiederherstellung wartet dann",
      `${hours === null ? "eine Weile" : hoursText("de", hours)}, und jede Adresse des Kontos wird sofort benachrichtigt:`,
      "Der Inhaber kann eine Wiederherstellung abbrechen, die er nicht gestartet hat.",
      "Nach der Wartezeit: ein neues Passwort, Bestätigung in zwei Schritten aus mit",
      "allen Methoden, jede Sitzung und jedes App-Passwort beendet; schalten Sie",
      "danach die Bestätigung in zwei Schritten wieder ein.",
    ],
    choose: "Ihr Nachweis",
    proofs: {
      app_password: "Eines meiner App-Passwörter",
      sms_code: "Ein Code an mein Wiederherstellungs-Telefon",
      email_link: "Ein Link an meine Wiederherstellungsadresse",
    },
    completeMode: "Die Wartezeit ist vorbei: Wiederherstellung abschließen",
    startMode: "Wiederherstellung starten",
    email: "E-Mail-Adresse",
    password: "Passwort",
    appPassword: "App-Passwort",
    code: "Code aus der SMS",
    link: "Der Link aus der E-Mail (oder sein Token)",
    newPassword: "Neues Passwort (mindestens 10 Zeichen)",
    linkSent:
      "Falls dieses Konto eine Wiederherstellungsadresse hat, ist ein Link dorthin unterwegs.",
    codeSent: (to: string) => `Ein Code wurde an ${to} gesendet.`,
    noPhone: "Dieses Konto hat kein Wiederherstellungs-Telefon. Wählen Sie einen anderen Nachweis.",
    started: (when: string) =>
      `Die Wiederherstellung hat begonnen. Sie können sie nach ${when} abschließen.`,
    startedHint: "Jede Adresse des Kontos wurde benachrichtigt. Esc geht zurück.",
    done: "Ihr Konto gehört wieder Ihnen: Die Bestätigung in zwei Schritten ist aus. Schalten Sie sie jetzt wieder ein.",
    pending: (when: string) =>
      `Eine Wiederherstellung Ihres Kontos läuft; sie kann ab ${when} abgeschlossen werden.`,
    pendingHint:
      "Wenn Sie sie nicht gestartet haben, brechen Sie sie jetzt ab und ändern Sie Ihr Passwort.",
    cancel: "Laufende Wiederherstellung abbrechen",
    cancelled: "Die Wiederherstellung wurde abgebrochen. Sie kann nicht fortgesetzt werden.",
  },
  it: {
    lostAll: "Non posso usare nessuno dei miei metodi",
    title: "Recuperare l'account",
    intro: (hours: number | null): [string, ...string[]] => [
      "Ha perso il telefono e i codici di backup? Indichi la password e una prova che",
      "possiede solo lei. Il recupero attende poi",
      `${hours === null ? "un po' di tempo" : hoursText("it", hours)}, e ogni indirizzo dell'account viene avvisato subito:`,
      "il titolare può annullare un recupero che non ha avviato. Dopo l'attesa: una",
      "nuova password, la verifica in due passaggi disattivata con tutti i suoi",
      "metodi, ogni sessione e password per app terminate; poi riattivi la verifica",
      "in due passaggi.",
    ],
    choose: "La sua prova",
    proofs: {
      app_password: "Una delle mie password per app",
      sms_code: "Un codice al mio telefono di recupero",
      email_link: "Un link al mio indirizzo di recupero",
    },
    completeMode: "L'attesa è finita: completare un recupero",
    startMode: "Avviare un recupero",
    email: "Indirizzo email",
    password: "Password",
    appPassword: "Password per app",
    code: "Codice ricevuto via SMS",
    link: "Il link dell'email (o il suo token)",
    newPassword: "Nuova password (almeno 10 caratteri)",
    linkSent: "Se questo account ha un indirizzo di recupero, un link è in arrivo lì.",
    codeSent: (to: string) => `Un codice è stato inviato al ${to}.`,
    noPhone: "Questo account non ha un telefono di recupero. Scelga un'altra prova.",
    started: (when: string) => `Il recupero è iniziato. Potrà completarlo dopo il ${when}.`,
    startedHint: "Ogni indirizzo dell'account è stato avvisato. Esc torna indietro.",
    done: "Il suo account è di nuovo suo: la verifica in due passaggi è disattivata. La riattivi ora.",
    pending: (when: string) =>
      `È in corso un recupero del suo account; potrà essere completato dal ${when}.`,
    pendingHint: "Se non l'ha avviato lei, lo annulli ora e cambi la password.",
    cancel: "Annulla il recupero in corso",
    cancelled: "Il recupero è stato annullato. Non può essere ripreso.",
  },
};

/** The account-recovery texts of the current language. */
export const ACCOUNT_RECOVERY_TEXT: AccountRecoveryText = localized(ACCOUNT_RECOVERY_TEXTS);

export type TerminalProof = keyof AccountRecoveryText["proofs"];

/** The token of a recovery link pasted whole (…/recover#token=…), or the token itself. */
export function tokenOfLink(pasted: string): string {
  const text = pasted.trim();
  const match = /[?&#]token=([A-Za-z0-9_-]+)/.exec(text);
  return match?.[1] ?? text;
}
