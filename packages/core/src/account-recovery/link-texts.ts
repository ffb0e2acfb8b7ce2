import type { MailLocale } from "../notifications/texts";

/** The mail that carries a recovery link (sent to the verified recovery address only). */
export const RECOVERY_LINK_TEXTS: Record<
  MailLocale,
  { subject: string; body: (link: string, minutes: number, hours: string) => string }
> = {
  en: {
    subject: "Twofold: your account recovery link",
    body: (link, minutes, hours) =>
      `Someone asked to recover the Twofold account that uses this address as its recovery address, because they cannot use any two-step method.\n\nTo start the recovery, open this link within ${minutes} minutes and give your password:\n${link}\n\nThe recovery then waits ${hours} hours and every address of the account is told. If it wasn't you, ignore this mail: nothing changes.\n`,
  },
  fr: {
    subject: "Twofold : votre lien de récupération du compte",
    body: (link, minutes, hours) =>
      `Quelqu'un a demandé à récupérer le compte Twofold qui utilise cette adresse comme adresse de récupération, car aucune méthode de validation n'est utilisable.\n\nPour commencer la récupération, ouvrez ce lien dans les ${minutes} minutes et donnez votre mot de passe :\n${link}\n\nLa récupération attend ensuite ${hours} heures et toutes les adresses du compte sont prévenues. Si ce n'était pas vous, ignorez ce message : rien ne change.\n`,
  },
  de: {
    subject: "Twofold: Ihr Link zur Kontowiederherstellung",
    body: (link, minutes, hours) =>
      `Jemand möchte das Twofold-Konto wiederherstellen, das diese Adresse als Wiederherstellungsadresse verwendet, weil keine Bestätigungsmethode mehr nutzbar ist.\n\nUm die Wiederherstellung zu starten, öffnen Sie diesen Link innerhalb von ${minutes} Minuten und geben Sie Ihr Passwort ein:\n${link}\n\nDie Wiederherstellung wartet dann ${hours} Stunden, und alle Adressen des Kontos werden benachrichtigt. Falls Sie das nicht waren, ignorieren Sie diese E-Mail: nichts ändert sich.\n`,
  },
  it: {
    subject: "Twofold: il suo link di recupero dell'account",
    body: (link, minutes, hours) =>
      `Qualcuno ha chiesto di recuperare l'account Twofold che usa questo indirizzo come indirizzo di recupero, perché nessun metodo di verifica è utilizzabile.\n\nPer avviare il recupero, apra questo link entro ${minutes} minuti e inserisca la sua password:\n${link}\n\nIl recupero attende poi ${hours} ore e tutti gli indirizzi dell'account vengono avvisati. Se non è stato lei, ignori questa e-mail: non cambia nulla.\n`,
  },
};
