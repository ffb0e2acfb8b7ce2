/** The languages emails are written in (the account's choice; English when unknown). */
export const MAIL_LOCALES = ["en", "fr", "de", "it"] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** The events that send an email: every security change, and what a person must hear of. */
export const NOTIFIED = [
  "new_browser_sign_in",
  "factor_added",
  "factor_removed",
  "two_factor_enabled",
  "two_factor_disabled",
  "backup_codes_generated",
  "app_password_created",
  "password_changed",
  "password_reset",
  "browser_policy_changed",
  "factor_locked",
  "factor_disabled",
  "factor_enabled_again",
  "cloned_key_suspected",
  "push_reported",
  "not_me_reported",
  "recovery_address_set",
  "recovery_address_changed",
  "recovery_address_removed",
  "recovery_phone_set",
  "recovery_phone_changed",
  "recovery_phone_removed",
  "account_recovery_started",
  "account_recovery_reminder",
  "account_recovery_cancelled",
  "account_recovery_completed",
  "app_authorized",
] as const;
export type Notified = (typeof NOTIFIED)[number];

interface MailTexts {
  subject: Record<Notified, string>;
  /** One sentence under the subject, with the details of the event. */
  what: (detail: string) => string;
  when: string;
  from: string;
  /** Where the address is, from the IP-location database: "near Zurich, CH". */
  near: (place: string) => string;
  notMe: string;
  /**
   * The link's line where it does more than `notMe` (it removes what was added), or where the
   * person must also put something back themselves.
   */
  notMeFor: Partial<Record<Notified, string>>;
  notMeAfter: string;
  /** After "NO, and report it" on a device: what happened and what comes next (no link). */
  reported: string;
  ignore: string;
}

export const MAIL_TEXTS: Record<MailLocale, MailTexts> = {
  en: {
    subject: {
      new_browser_sign_in: "New sign-in to your account",
      factor_added: "A two-step method was added",
      factor_removed: "A two-step method was removed",
      two_factor_enabled: "Two-step verification is on",
      two_factor_disabled: "Two-step verification was turned off",
      backup_codes_generated: "New backup codes were made",
      app_password_created: "An application password was created",
      password_changed: "Your password was changed",
      password_reset: "Your password was reset with a link from this address",
      browser_policy_changed: "How browsers stay signed in was changed",
      factor_locked: "Too many wrong codes: a method is locked for a while",
      factor_disabled: "A method was turned off after 100 wrong tries",
      factor_enabled_again: "A method was turned back on",
      cloned_key_suspected: "A security key may have been copied",
      push_reported: "A sign-in request was reported",
      not_me_reported: "All your sessions were ended",
      recovery_address_set: "A recovery address was set",
      recovery_address_changed: "Your recovery address was changed",
      recovery_address_removed: "Your recovery address was removed",
      recovery_phone_set: "A recovery mobile was set",
      recovery_phone_changed: "Your recovery mobile was changed",
      recovery_phone_removed: "Your recovery mobile was removed",
      account_recovery_started: "Someone started to recover your account",
      account_recovery_reminder: "A recovery of your account ends soon",
      account_recovery_cancelled: "The recovery of your account was cancelled",
      account_recovery_completed: "Your account was recovered: two-step verification is off",
      app_authorized: "An app may now see your account",
    },
    what: (d) => (d ? `Details: ${d}.` : ""),
    when: "When",
    from: "From",
    near: (p) => `near ${p}`,
    notMe: "If this wasn't you, open this link: it ends every session and asks for a new password.",
    notMeFor: {
      factor_added:
        "If this wasn't you, open this link: it removes this method, ends every session and asks for a new password.",
      two_factor_enabled:
        "If this wasn't you, open this link: it removes the method that turned it on, ends every session and asks for a new password.",
      app_password_created:
        "If this wasn't you, open this link: it revokes this application password and all others, ends every session and asks for a new password.",
      factor_removed:
        "If this wasn't you, open this link: it ends every session and asks for a new password. Then sign in and add the method again in Two-step verification.",
      account_recovery_started:
        "If this wasn't you, sign in now and cancel it (every page of Security and recovery shows it): someone knows your password, so change it too. Or open this link: it ends every session and asks for a new password.",
      account_recovery_reminder:
        "If this wasn't you, sign in now and cancel it before it ends, and change your password. Or open this link: it ends every session and asks for a new password.",
      two_factor_disabled:
        "If this wasn't you, open this link: it ends every session and asks for a new password. Then sign in and turn it on again in Two-step verification.",
    },
    notMeAfter: "Sign in and choose a new password now.",
    reported:
      "You reported a sign-in you did not make. Someone knows your password: at your next sign-in you will choose a new one, before anything else. The reported sign-in was stopped, and requests to your devices are paused for a while.",
    ignore: "If it was you, there is nothing to do.",
  },
  fr: {
    subject: {
      new_browser_sign_in: "Nouvelle connexion à votre compte",
      factor_added: "Une méthode de validation a été ajoutée",
      factor_removed: "Une méthode de validation a été retirée",
      two_factor_enabled: "La validation en deux étapes est activée",
      two_factor_disabled: "La validation en deux étapes a été désactivée",
      backup_codes_generated: "De nouveaux codes de secours ont été créés",
      app_password_created: "Un mot de passe d'application a été créé",
      password_changed: "Votre mot de passe a été changé",
      password_reset: "Votre mot de passe a été réinitialisé par un lien envoyé à cette adresse",
      browser_policy_changed: "Le maintien de connexion des navigateurs a changé",
      factor_locked: "Trop de codes erronés : une méthode est bloquée un moment",
      factor_disabled: "Une méthode a été désactivée après 100 essais erronés",
      factor_enabled_again: "Une méthode a été réactivée",
      cloned_key_suspected: "Une clé de sécurité a peut-être été copiée",
      push_reported: "Une demande de connexion a été signalée",
      not_me_reported: "Toutes vos sessions ont été fermées",
      recovery_address_set: "Une adresse de récupération a été définie",
      recovery_address_changed: "Votre adresse de récupération a été changée",
      recovery_address_removed: "Votre adresse de récupération a été retirée",
      recovery_phone_set: "Un mobile de récupération a été défini",
      recovery_phone_changed: "Votre mobile de récupération a été changé",
      recovery_phone_removed: "Votre mobile de récupération a été retiré",
      account_recovery_started: "Quelqu'un a commencé à récupérer votre compte",
      account_recovery_reminder: "Une récupération de votre compte se termine bientôt",
      account_recovery_cancelled: "La récupération de votre compte a été annulée",
      account_recovery_completed:
        "Votre compte a été récupéré : la validation en deux étapes est désactivée",
      app_authorized: "Une application peut désormais voir votre compte",
    },
    what: (d) => (d ? `Détails : ${d}.` : ""),
    when: "Quand",
    from: "Depuis",
    near: (p) => `près de ${p}`,
    notMe:
      "Si ce n'était pas vous, ouvrez ce lien : il ferme toutes les sessions et demande un nouveau mot de passe.",
    notMeFor: {
      factor_added:
        "Si ce n'était pas vous, ouvrez ce lien : il retire cette méthode, ferme toutes les sessions et demande un nouveau mot de passe.",
      two_factor_enabled:
        "Si ce n'était pas vous, ouvrez ce lien : il retire la méthode qui l'a activée, ferme toutes les sessions et demande un nouveau mot de passe.",
      app_password_created:
        "Si ce n'était pas vous, ouvrez ce lien : il révoque ce mot de passe d'application et tous les autres, ferme toutes les sessions et demande un nouveau mot de passe.",
      factor_removed:
        "Si ce n'était pas vous, ouvrez ce lien : il ferme toutes les sessions et demande un nouveau mot de passe. Connectez-vous ensuite et ajoutez à nouveau la méthode dans Validation en deux étapes.",
      account_recovery_started:
        "Si ce n'était pas vous, connectez-vous maintenant et annulez-la (chaque page de Sécurité et récupération l'affiche) : quelqu'un connaît votre mot de passe, changez-le aussi. Ou ouvrez ce lien : il ferme toutes les sessions et demande un nouveau mot de passe.",
      account_recovery_reminder:
        "Si ce n'était pas vous, connectez-vous maintenant et annulez-la avant sa fin, et changez votre mot de passe. Ou ouvrez ce lien : il ferme toutes les sessions et demande un nouveau mot de passe.",
      two_factor_disabled:
        "Si ce n'était pas vous, ouvrez ce lien : il ferme toutes les sessions et demande un nouveau mot de passe. Connectez-vous ensuite et réactivez-la dans Validation en deux étapes.",
    },
    notMeAfter: "Connectez-vous et choisissez un nouveau mot de passe maintenant.",
    reported:
      "Vous avez signalé une connexion que vous n'avez pas faite. Quelqu'un connaît votre mot de passe : à votre prochaine connexion, vous en choisirez un nouveau avant toute autre chose. La connexion signalée a été arrêtée et les demandes à vos appareils sont suspendues un moment.",
    ignore: "Si c'était vous, il n'y a rien à faire.",
  },
  de: {
    subject: {
      new_browser_sign_in: "Neue Anmeldung bei Ihrem Konto",
      factor_added: "Eine Bestätigungsmethode wurde hinzugefügt",
      factor_removed: "Eine Bestätigungsmethode wurde entfernt",
      two_factor_enabled: "Die Bestätigung in zwei Schritten ist eingeschaltet",
      two_factor_disabled: "Die Bestätigung in zwei Schritten wurde ausgeschaltet",
      backup_codes_generated: "Neue Ersatzcodes wurden erstellt",
      app_password_created: "Ein App-Passwort wurde erstellt",
      password_changed: "Ihr Passwort wurde geändert",
      password_reset: "Ihr Passwort wurde über einen Link an diese Adresse zurückgesetzt",
      browser_policy_changed: "Wie Browser angemeldet bleiben, wurde geändert",
      factor_locked: "Zu viele falsche Codes: eine Methode ist vorübergehend gesperrt",
      factor_disabled: "Eine Methode wurde nach 100 falschen Versuchen ausgeschaltet",
      factor_enabled_again: "Eine Methode wurde wieder eingeschaltet",
      cloned_key_suspected: "Ein Sicherheitsschlüssel wurde vielleicht kopiert",
      push_reported: "Eine Anmeldeanfrage wurde gemeldet",
      not_me_reported: "Alle Ihre Sitzungen wurden beendet",
      recovery_address_set: "Eine Wiederherstellungsadresse wurde festgelegt",
      recovery_address_changed: "Ihre Wiederherstellungsadresse wurde geändert",
      recovery_address_removed: "Ihre Wiederherstellungsadresse wurde entfernt",
      recovery_phone_set: "Eine Wiederherstellungsnummer wurde festgelegt",
      recovery_phone_changed: "Ihre Wiederherstellungsnummer wurde geändert",
      recovery_phone_removed: "Ihre Wiederherstellungsnummer wurde entfernt",
      account_recovery_started: "Jemand hat begonnen, Ihr Konto wiederherzustellen",
      account_recovery_reminder: "Eine Wiederherstellung Ihres Kontos endet bald",
      account_recovery_cancelled: "Die Wiederherstellung Ihres Kontos wurde abgebrochen",
      account_recovery_completed:
        "Ihr Konto wurde wiederhergestellt: die Bestätigung in zwei Schritten ist aus",
      app_authorized: "Eine App darf jetzt Ihr Konto sehen",
    },
    what: (d) => (d ? `Details: ${d}.` : ""),
    when: "Wann",
    from: "Von",
    near: (p) => `in der Nähe von ${p}`,
    notMe:
      "Falls Sie das nicht waren, öffnen Sie diesen Link: er beendet alle Sitzungen und verlangt ein neues Passwort.",
    notMeFor: {
      factor_added:
        "Falls Sie das nicht waren, öffnen Sie diesen Link: er entfernt diese Methode, beendet alle Sitzungen und verlangt ein neues Passwort.",
      two_factor_enabled:
        "Falls Sie das nicht waren, öffnen Sie diesen Link: er entfernt die Methode, mit der sie eingeschaltet wurde, beendet alle Sitzungen und verlangt ein neues Passwort.",
      app_password_created:
        "Falls Sie das nicht waren, öffnen Sie diesen Link: er widerruft dieses und alle anderen App-Passwörter, beendet alle Sitzungen und verlangt ein neues Passwort.",
      factor_removed:
        "Falls Sie das nicht waren, öffnen Sie diesen Link: er beendet alle Sitzungen und verlangt ein neues Passwort. Melden Sie sich danach an und fügen Sie die Methode unter Bestätigung in zwei Schritten wieder hinzu.",
      account_recovery_started:
        "Falls Sie das nicht waren, melden Sie sich jetzt an und brechen Sie sie ab (jede Seite von Sicherheit und Wiederherstellung zeigt sie): Jemand kennt Ihr Passwort, ändern Sie es auch. Oder öffnen Sie diesen Link: er beendet alle Sitzungen und verlangt ein neues Passwort.",
      account_recovery_reminder:
        "Falls Sie das nicht waren, melden Sie sich jetzt an, brechen Sie sie vor ihrem Ende ab und ändern Sie Ihr Passwort. Oder öffnen Sie diesen Link: er beendet alle Sitzungen und verlangt ein neues Passwort.",
      two_factor_disabled:
        "Falls Sie das nicht waren, öffnen Sie diesen Link: er beendet alle Sitzungen und verlangt ein neues Passwort. Melden Sie sich danach an und schalten Sie sie unter Bestätigung in zwei Schritten wieder ein.",
    },
    notMeAfter: "Melden Sie sich an und wählen Sie jetzt ein neues Passwort.",
    reported:
      "Sie haben eine Anmeldung gemeldet, die nicht von Ihnen war. Jemand kennt Ihr Passwort: Bei Ihrer nächsten Anmeldung wählen Sie zuerst ein neues. Die gemeldete Anmeldung wurde gestoppt, und Anfragen an Ihre Geräte sind eine Weile ausgesetzt.",
    ignore: "Falls Sie es waren, ist nichts zu tun.",
  },
  it: {
    subject: {
      new_browser_sign_in: "Nuovo accesso al suo account",
      factor_added: "È stato aggiunto un metodo di verifica",
      factor_removed: "È stato rimosso un metodo di verifica",
      two_factor_enabled: "La verifica in due passaggi è attiva",
      two_factor_disabled: "La verifica in due passaggi è stata disattivata",
      backup_codes_generated: "Sono stati creati nuovi codici di riserva",
      app_password_created: "È stata creata una password per app",
      password_changed: "La sua password è stata cambiata",
      password_reset: "La sua password è stata reimpostata con un link inviato a questo indirizzo",
      browser_policy_changed: "È cambiato il modo in cui i browser restano connessi",
      factor_locked: "Troppi codici errati: un metodo è bloccato per un po'",
      factor_disabled: "Un metodo è stato disattivato dopo 100 tentativi errati",
      factor_enabled_again: "Un metodo è stato riattivato",
      cloned_key_suspected: "Una chiave di sicurezza potrebbe essere stata copiata",
      push_reported: "Una richiesta di accesso è stata segnalata",
      not_me_reported: "Tutte le sue sessioni sono state chiuse",
      recovery_address_set: "È stato impostato un indirizzo di recupero",
      recovery_address_changed: "Il suo indirizzo di recupero è stato cambiato",
      recovery_address_removed: "Il suo indirizzo di recupero è stato rimosso",
      recovery_phone_set: "È stato impostato un cellulare di recupero",
      recovery_phone_changed: "Il suo cellulare di recupero è stato cambiato",
      recovery_phone_removed: "Il suo cellulare di recupero è stato rimosso",
      account_recovery_started: "Qualcuno ha iniziato a recuperare il suo account",
      account_recovery_reminder: "Un recupero del suo account finisce presto",
      account_recovery_cancelled: "Il recupero del suo account è stato annullato",
      account_recovery_completed:
        "Il suo account è stato recuperato: la verifica in due passaggi è disattivata",
      app_authorized: "Un'app ora può vedere il tuo account",
    },
    what: (d) => (d ? `Dettagli: ${d}.` : ""),
    when: "Quando",
    from: "Da",
    near: (p) => `vicino a ${p}`,
    notMe:
      "Se non è stato lei, apra questo link: chiude tutte le sessioni e chiede una nuova password.",
    notMeFor: {
      factor_added:
        "Se non è stato lei, apra questo link: rimuove questo metodo, chiude tutte le sessioni e chiede una nuova password.",
      two_factor_enabled:
        "Se non è stato lei, apra questo link: rimuove il metodo che l'ha attivata, chiude tutte le sessioni e chiede una nuova password.",
      app_password_created:
        "Se non è stato lei, apra questo link: revoca questa password per app e tutte le altre, chiude tutte le sessioni e chiede una nuova password.",
      factor_removed:
        "Se non è stato lei, apra questo link: chiude tutte le sessioni e chiede una nuova password. Poi acceda e aggiunga di nuovo il metodo in Verifica in due passaggi.",
      account_recovery_started:
        "Se non è stato lei, acceda subito e lo annulli (ogni pagina di Sicurezza e recupero lo mostra): qualcuno conosce la sua password, la cambi anche. Oppure apra questo link: chiude tutte le sessioni e chiede una nuova password.",
      account_recovery_reminder:
        "Se non è stato lei, acceda subito, lo annulli prima della fine e cambi la password. Oppure apra questo link: chiude tutte le sessioni e chiede una nuova password.",
      two_factor_disabled:
        "Se non è stato lei, apra questo link: chiude tutte le sessioni e chiede una nuova password. Poi acceda e la riattivi in Verifica in due passaggi.",
    },
    notMeAfter: "Acceda e scelga subito una nuova password.",
    reported:
      "Ha segnalato un accesso che non ha fatto lei. Qualcuno conosce la sua password: al prossimo accesso ne sceglierà una nuova, prima di ogni altra cosa. L'accesso segnalato è stato fermato e le richieste ai suoi dispositivi sono sospese per un po'.",
    ignore: "Se è stato lei, non c'è niente da fare.",
  },
};

export function mailLocale(value: string): MailLocale {
  return MAIL_LOCALES.find((l) => l === value) ?? "en";
}
