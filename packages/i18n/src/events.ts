import type { AppRouter } from "@twofold/api";
import type { Locale } from "./locales";

// The log entry as the API answers it: the type union comes from core through the router, so
// this package needs no runtime dependency (and no @trpc/server) to name it.
type LoggedEvent = AppRouter["securityLog"]["list"]["_def"]["$types"]["output"]["events"][number];
export type SecurityEventType = LoggedEvent["type"];
export type EventDetail = LoggedEvent["detail"];

/** What a sentence may read of an event's detail: a missing or mistyped value reads as "". */
interface Read {
  text: (key: string) => string;
  count: (key: string) => number;
  /** The method the event is about (detail `factor` or `kind`), in words. */
  method: () => string;
  /** The method and its name: authenticator app “Pixel phone”. */
  named: (nameKey?: string) => string;
  /** A name from the detail, quoted the language's way (or "" when absent). */
  quoted: (key: string) => string;
  /** imap -> IMAP: the protocol a mail, calendar or file app used. */
  protocol: () => string;
  /** The language named by detail `locale` ("fr" -> "French"). */
  language: () => string;
}

type Sentences = Record<SecurityEventType, (d: Read) => string>;

interface Words {
  methods: Record<string, string>;
  someMethod: string;
  quote: (name: string) => string;
  languages: Record<Locale, string>;
}

const PROTOCOLS: Record<string, string> = {
  imap: "IMAP",
  pop3: "POP3",
  smtp: "SMTP",
  submission: "SMTP",
  caldav: "CalDAV",
  carddav: "CardDAV",
  webdav: "WebDAV",
};

const WORDS: Record<Locale, Words> = {
  en: {
    methods: {
      totp: "authenticator app",
      webauthn: "security key",
      passkey: "passkey",
      push: "authenticator device",
      sms: "mobile phone (SMS)",
      backup_code: "backup code",
      password: "password",
      sync_password: "password",
      trusted_browser: "trusted browser",
    },
    someMethod: "a method",
    quote: (name) => `“${name}”`,
    languages: { en: "English", fr: "French", de: "German", it: "Italian" },
  },
  fr: {
    methods: {
      totp: "application d'authentification",
      webauthn: "clé de sécurité",
      passkey: "clé d'accès",
      push: "appareil d'authentification",
      sms: "téléphone mobile (SMS)",
      backup_code: "code de secours",
      password: "mot de passe",
      sync_password: "mot de passe",
      trusted_browser: "navigateur de confiance",
    },
    someMethod: "une méthode",
    quote: (name) => `« ${name} »`,
    languages: { en: "anglais", fr: "français", de: "allemand", it: "italien" },
  },
  de: {
    methods: {
      totp: "Authenticator-App",
      webauthn: "Sicherheitsschlüssel",
      passkey: "Passkey",
      push: "Authentifizierungsgerät",
      sms: "Mobiltelefon (SMS)",
      backup_code: "Backup-Code",
      password: "Passwort",
      sync_password: "Passwort",
      trusted_browser: "vertrauenswürdiger Browser",
    },
    someMethod: "eine Methode",
    quote: (name) => `„${name}“`,
    languages: { en: "Englisch", fr: "Französisch", de: "Deutsch", it: "Italienisch" },
  },
  it: {
    methods: {
      totp: "app di autenticazione",
      webauthn: "chiave di sicurezza",
      passkey: "passkey",
      push: "dispositivo di autenticazione",
      sms: "cellulare (SMS)",
      backup_code: "codice di backup",
      password: "password",
      sync_password: "password",
      trusted_browser: "browser attendibile",
    },
    someMethod: "un metodo",
    quote: (name) => `«${name}»`,
    languages: { en: "inglese", fr: "francese", de: "tedesco", it: "italiano" },
  },
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** " (IMAP)" when there is something to put in brackets. */
const paren = (s: string): string => (s ? ` (${s})` : "");

const en: Sentences = {
  account_created: () => "Account created.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Signed in on a trusted browser, without the second step."
      : `Signed in with the ${d.named()}.`,
  sign_in_failed: (d) => `Sign-in refused: wrong password${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Password accepted; the second step was asked.",
  sign_in_rate_limited: (d) => `Too many tries with the ${d.method()}: sign-in paused for a while.`,
  second_factor_failed: (d) => `Second step failed with the ${d.method()}.`,
  code_replay_refused: (d) => `A code already used was refused (${d.method()}).`,
  factor_locked: (d) => `${cap(d.method())} locked for a while after too many wrong tries.`,
  factor_disabled: (d) => `${cap(d.method())} turned off after 100 wrong tries in a row.`,
  factor_enabled_again: (d) => `${cap(d.method())} turned back on.`,
  factor_added: (d) => `${cap(d.named())} added.`,
  factor_renamed: (d) => `${cap(d.method())} renamed to ${d.quoted("label")}.`,
  factor_removed: (d) => `${cap(d.named())} removed.`,
  two_factor_enabled: () => "Two-step verification turned on.",
  two_factor_disabled: () => "Two-step verification turned off.",
  backup_code_used: (d) => `Backup code used: ${d.count("remaining")} left.`,
  backup_codes_generated: (d) => `${d.count("count")} new backup codes made.`,
  preferred_factor_changed: (d) => `Preferred method set to ${d.method()}.`,
  reauthenticated: () => "Password confirmed for a security change.",
  signed_out: () => "Signed out.",
  cloned_key_suspected: (d) =>
    `Security key ${d.quoted("label")} refused: it may have been copied.`,
  push_approved: (d) => `Sign-in approved on ${d.quoted("device")}.`,
  push_denied: (d) => `Sign-in refused on ${d.quoted("device")}.`,
  push_reported: (d) => `Sign-in request reported on ${d.quoted("device")}; requests paused.`,
  push_wrong_number: (d) => `Wrong number typed on ${d.quoted("device")}: sign-in refused.`,
  sms_code_sent: (d) =>
    d.text("purpose") === "enrollment"
      ? `Code sent by SMS to ${d.text("to")} to confirm the number.`
      : `Sign-in code sent by SMS to ${d.text("to")}.`,
  sms_code_not_sent: (d) => `A code by SMS to ${d.text("to")} could not be sent.`,
  app_password_created: (d) => `Application password ${d.quoted("name")} created.`,
  app_password_revoked: (d) => `Application password ${d.quoted("name")} revoked.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 application password" : `${n} application passwords`;
    const why = { password_changed: " as the password changed", not_me: " after “This wasn't me”" };
    return `${what} revoked${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Application password ${d.quoted("name")} used for the first time${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `An app${paren(p)} tried the account password: refused, it needs an application password.`;
      case "SCOPE_NOT_ALLOWED":
        return `Application password ${d.quoted("name")} refused: it may not open ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Application password ${d.quoted("name")} refused: it has expired.`;
      default:
        return `Sign-in from an app${paren(p)} refused.`;
    }
  },
  password_changed: () => "Password changed.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "This browser was signed out from the list of sessions."
      : "Another session was signed out.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 other session signed out." : `${n} other sessions signed out.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Browsers now ask to sign in at each launch."
      : "Browsers may now stay signed in.",
  browser_trusted: () => "Browser trusted for 30 days: no second step there.",
  trusted_browser_revoked: () => "A browser is no longer trusted.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `“This wasn't me” reported: ${n === 1 ? "1 session" : `${n} sessions`} ended.`;
  },
  locale_changed: (d) => `Email language set to ${d.language()}.`,
};

const fr: Sentences = {
  account_created: () => "Compte créé.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Connexion sur un navigateur de confiance, sans deuxième étape."
      : `Connexion avec : ${d.named()}.`,
  sign_in_failed: (d) => `Connexion refusée : mot de passe erroné${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Mot de passe accepté ; la deuxième étape a été demandée.",
  sign_in_rate_limited: (d) => `Trop d'essais (${d.method()}) : connexion suspendue un moment.`,
  second_factor_failed: (d) => `Deuxième étape échouée (${d.method()}).`,
  code_replay_refused: (d) => `Code déjà utilisé refusé (${d.method()}).`,
  factor_locked: (d) => `Méthode bloquée un moment après trop d'essais erronés : ${d.method()}.`,
  factor_disabled: (d) => `Méthode désactivée après 100 essais erronés d'affilée : ${d.method()}.`,
  factor_enabled_again: (d) => `Méthode réactivée : ${d.method()}.`,
  factor_added: (d) => `Méthode ajoutée : ${d.named()}.`,
  factor_renamed: (d) => `Méthode renommée (${d.method()}) : ${d.quoted("label")}.`,
  factor_removed: (d) => `Méthode retirée : ${d.named()}.`,
  two_factor_enabled: () => "Validation en deux étapes activée.",
  two_factor_disabled: () => "Validation en deux étapes désactivée.",
  backup_code_used: (d) => `Code de secours utilisé : il en reste ${d.count("remaining")}.`,
  backup_codes_generated: (d) => `${d.count("count")} nouveaux codes de secours créés.`,
  preferred_factor_changed: (d) => `Méthode préférée : ${d.method()}.`,
  reauthenticated: () => "Mot de passe confirmé pour une modification de sécurité.",
  signed_out: () => "Déconnexion.",
  cloned_key_suspected: (d) =>
    `Clé de sécurité ${d.quoted("label")} refusée : elle a peut-être été copiée.`,
  push_approved: (d) => `Connexion approuvée sur ${d.quoted("device")}.`,
  push_denied: (d) => `Connexion refusée sur ${d.quoted("device")}.`,
  push_reported: (d) =>
    `Demande de connexion signalée sur ${d.quoted("device")} ; les demandes sont suspendues.`,
  push_wrong_number: (d) => `Mauvais nombre saisi sur ${d.quoted("device")} : connexion refusée.`,
  sms_code_sent: (d) =>
    d.text("purpose") === "enrollment"
      ? `Code envoyé par SMS au ${d.text("to")} pour confirmer le numéro.`
      : `Code de connexion envoyé par SMS au ${d.text("to")}.`,
  sms_code_not_sent: (d) => `Le code par SMS au ${d.text("to")} n'a pas pu être envoyé.`,
  app_password_created: (d) => `Mot de passe d'application créé : ${d.quoted("name")}.`,
  app_password_revoked: (d) => `Mot de passe d'application révoqué : ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what =
      n === 1
        ? "1 mot de passe d'application révoqué"
        : `${n} mots de passe d'application révoqués`;
    const why = {
      password_changed: " après le changement de mot de passe",
      not_me: " après « Ce n'était pas moi »",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Première utilisation du mot de passe d'application ${d.quoted("name")}${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Une application${paren(p)} a essayé le mot de passe du compte : refusé, il lui faut un mot de passe d'application.`;
      case "SCOPE_NOT_ALLOWED":
        return `Mot de passe d'application ${d.quoted("name")} refusé : il n'ouvre pas ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Mot de passe d'application ${d.quoted("name")} refusé : il a expiré.`;
      default:
        return `Connexion d'une application${paren(p)} refusée.`;
    }
  },
  password_changed: () => "Mot de passe changé.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Ce navigateur a été déconnecté depuis la liste des sessions."
      : "Une autre session a été déconnectée.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 autre session déconnectée." : `${n} autres sessions déconnectées.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Les navigateurs demandent désormais de s'authentifier à chaque lancement."
      : "Les navigateurs peuvent désormais rester connectés.",
  browser_trusted: () => "Navigateur de confiance pendant 30 jours : pas de deuxième étape.",
  trusted_browser_revoked: () => "Un navigateur n'est plus de confiance.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `« Ce n'était pas moi » signalé : ${n === 1 ? "1 session fermée" : `${n} sessions fermées`}.`;
  },
  locale_changed: (d) => `Langue des e-mails : ${d.language()}.`,
};

const de: Sentences = {
  account_created: () => "Konto erstellt.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Anmeldung in einem vertrauenswürdigen Browser, ohne zweiten Schritt."
      : `Anmeldung mit: ${d.named()}.`,
  sign_in_failed: (d) => `Anmeldung abgelehnt: falsches Passwort${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Passwort akzeptiert; der zweite Schritt wurde verlangt.",
  sign_in_rate_limited: (d) =>
    `Zu viele Versuche (${d.method()}): Anmeldung vorübergehend gesperrt.`,
  second_factor_failed: (d) => `Zweiter Schritt fehlgeschlagen (${d.method()}).`,
  code_replay_refused: (d) => `Bereits verwendeter Code abgelehnt (${d.method()}).`,
  factor_locked: (d) =>
    `Methode nach zu vielen falschen Versuchen vorübergehend gesperrt: ${d.method()}.`,
  factor_disabled: (d) =>
    `Methode nach 100 falschen Versuchen in Folge ausgeschaltet: ${d.method()}.`,
  factor_enabled_again: (d) => `Methode wieder eingeschaltet: ${d.method()}.`,
  factor_added: (d) => `Methode hinzugefügt: ${d.named()}.`,
  factor_renamed: (d) => `Methode umbenannt (${d.method()}): ${d.quoted("label")}.`,
  factor_removed: (d) => `Methode entfernt: ${d.named()}.`,
  two_factor_enabled: () => "Bestätigung in zwei Schritten aktiviert.",
  two_factor_disabled: () => "Bestätigung in zwei Schritten deaktiviert.",
  backup_code_used: (d) => `Backup-Code verwendet: noch ${d.count("remaining")} übrig.`,
  backup_codes_generated: (d) => `${d.count("count")} neue Backup-Codes erstellt.`,
  preferred_factor_changed: (d) => `Bevorzugte Methode: ${d.method()}.`,
  reauthenticated: () => "Passwort für eine Sicherheitsänderung bestätigt.",
  signed_out: () => "Abgemeldet.",
  cloned_key_suspected: (d) =>
    `Sicherheitsschlüssel ${d.quoted("label")} abgelehnt: Er wurde vielleicht kopiert.`,
  push_approved: (d) => `Anmeldung auf ${d.quoted("device")} bestätigt.`,
  push_denied: (d) => `Anmeldung auf ${d.quoted("device")} abgelehnt.`,
  push_reported: (d) => `Anmeldeanfrage auf ${d.quoted("device")} gemeldet; Anfragen pausiert.`,
  push_wrong_number: (d) =>
    `Falsche Zahl auf ${d.quoted("device")} eingegeben: Anmeldung abgelehnt.`,
  sms_code_sent: (d) =>
    d.text("purpose") === "enrollment"
      ? `Code per SMS an ${d.text("to")} gesendet, um die Nummer zu bestätigen.`
      : `Anmeldecode per SMS an ${d.text("to")} gesendet.`,
  sms_code_not_sent: (d) => `Der Code per SMS an ${d.text("to")} konnte nicht gesendet werden.`,
  app_password_created: (d) => `App-Passwort erstellt: ${d.quoted("name")}.`,
  app_password_revoked: (d) => `App-Passwort widerrufen: ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 App-Passwort widerrufen" : `${n} App-Passwörter widerrufen`;
    const why = {
      password_changed: ", weil das Passwort geändert wurde",
      not_me: " nach „Das war ich nicht“",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `App-Passwort ${d.quoted("name")} zum ersten Mal verwendet${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Eine App${paren(p)} hat das Kontopasswort versucht: abgelehnt, sie braucht ein App-Passwort.`;
      case "SCOPE_NOT_ALLOWED":
        return `App-Passwort ${d.quoted("name")} abgelehnt: Es öffnet ${p} nicht.`;
      case "APP_PASSWORD_EXPIRED":
        return `App-Passwort ${d.quoted("name")} abgelehnt: Es ist abgelaufen.`;
      default:
        return `Anmeldung einer App${paren(p)} abgelehnt.`;
    }
  },
  password_changed: () => "Passwort geändert.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Dieser Browser wurde über die Sitzungsliste abgemeldet."
      : "Eine andere Sitzung wurde abgemeldet.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 andere Sitzung abgemeldet." : `${n} andere Sitzungen abgemeldet.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Browser verlangen jetzt bei jedem Start eine Anmeldung."
      : "Browser dürfen jetzt angemeldet bleiben.",
  browser_trusted: () => "Browser 30 Tage lang vertrauenswürdig: dort kein zweiter Schritt.",
  trusted_browser_revoked: () => "Einem Browser wird nicht mehr vertraut.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `„Das war ich nicht“ gemeldet: ${n === 1 ? "1 Sitzung" : `${n} Sitzungen`} beendet.`;
  },
  locale_changed: (d) => `Sprache der E-Mails: ${d.language()}.`,
};

const it: Sentences = {
  account_created: () => "Account creato.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Accesso da un browser attendibile, senza secondo passaggio."
      : `Accesso con: ${d.named()}.`,
  sign_in_failed: (d) => `Accesso rifiutato: password errata${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Password accettata; è stato chiesto il secondo passaggio.",
  sign_in_rate_limited: (d) => `Troppi tentativi (${d.method()}): accesso sospeso per un po'.`,
  second_factor_failed: (d) => `Secondo passaggio non riuscito (${d.method()}).`,
  code_replay_refused: (d) => `Codice già usato rifiutato (${d.method()}).`,
  factor_locked: (d) => `Metodo bloccato per un po' dopo troppi tentativi errati: ${d.method()}.`,
  factor_disabled: (d) => `Metodo disattivato dopo 100 tentativi errati di fila: ${d.method()}.`,
  factor_enabled_again: (d) => `Metodo riattivato: ${d.method()}.`,
  factor_added: (d) => `Metodo aggiunto: ${d.named()}.`,
  factor_renamed: (d) => `Metodo rinominato (${d.method()}): ${d.quoted("label")}.`,
  factor_removed: (d) => `Metodo rimosso: ${d.named()}.`,
  two_factor_enabled: () => "Verifica in due passaggi attivata.",
  two_factor_disabled: () => "Verifica in due passaggi disattivata.",
  backup_code_used: (d) => {
    const n = d.count("remaining");
    return `Codice di backup usato: ${n === 1 ? "ne resta 1" : `ne restano ${n}`}.`;
  },
  backup_codes_generated: (d) => `${d.count("count")} nuovi codici di backup creati.`,
  preferred_factor_changed: (d) => `Metodo preferito: ${d.method()}.`,
  reauthenticated: () => "Password confermata per una modifica di sicurezza.",
  signed_out: () => "Disconnessione.",
  cloned_key_suspected: (d) =>
    `Chiave di sicurezza ${d.quoted("label")} rifiutata: potrebbe essere stata copiata.`,
  push_approved: (d) => `Accesso approvato su ${d.quoted("device")}.`,
  push_denied: (d) => `Accesso rifiutato su ${d.quoted("device")}.`,
  push_reported: (d) =>
    `Richiesta di accesso segnalata su ${d.quoted("device")}; le richieste sono sospese.`,
  push_wrong_number: (d) => `Numero errato inserito su ${d.quoted("device")}: accesso rifiutato.`,
  sms_code_sent: (d) =>
    d.text("purpose") === "enrollment"
      ? `Codice inviato via SMS al ${d.text("to")} per confermare il numero.`
      : `Codice di accesso inviato via SMS al ${d.text("to")}.`,
  sms_code_not_sent: (d) => `Non è stato possibile inviare il codice via SMS al ${d.text("to")}.`,
  app_password_created: (d) => `Password per app creata: ${d.quoted("name")}.`,
  app_password_revoked: (d) => `Password per app revocata: ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 password per app revocata" : `${n} password per app revocate`;
    const why = {
      password_changed: " dopo il cambio di password",
      not_me: " dopo «Non sono stato io»",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Password per app ${d.quoted("name")} usata per la prima volta${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Un'app${paren(p)} ha provato la password dell'account: rifiutata, serve una password per app.`;
      case "SCOPE_NOT_ALLOWED":
        return `Password per app ${d.quoted("name")} rifiutata: non apre ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Password per app ${d.quoted("name")} rifiutata: è scaduta.`;
      default:
        return `Accesso di un'app${paren(p)} rifiutato.`;
    }
  },
  password_changed: () => "Password cambiata.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Questo browser è stato disconnesso dall'elenco delle sessioni."
      : "Un'altra sessione è stata disconnessa.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 altra sessione disconnessa." : `${n} altre sessioni disconnesse.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Ora i browser chiedono di autenticarsi a ogni avvio."
      : "Ora i browser possono restare collegati.",
  browser_trusted: () => "Browser attendibile per 30 giorni: lì nessun secondo passaggio.",
  trusted_browser_revoked: () => "Un browser non è più attendibile.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `«Non sono stato io» segnalato: ${n === 1 ? "1 sessione chiusa" : `${n} sessioni chiuse`}.`;
  },
  locale_changed: (d) => `Lingua delle e-mail: ${d.language()}.`,
};

/**
 * A short sentence for every security event in each language. Web and terminal show these in
 * the security log; an event type without a sentence is a type error.
 */
export const EVENT_TEXT: Record<Locale, Sentences> = { en, fr, de, it };

function reader(locale: Locale, detail: EventDetail): Read {
  const words = WORDS[locale];
  const text = (key: string): string => {
    const value = detail[key];
    return value === undefined ? "" : String(value).trim();
  };
  const method = (): string => words.methods[text("factor") || text("kind")] ?? words.someMethod;
  const quoted = (key: string): string => (text(key) ? words.quote(text(key)) : "");
  return {
    text,
    count: (key) => {
      const value = detail[key];
      return typeof value === "number" && Number.isFinite(value) ? value : 0;
    },
    method,
    named: (nameKey = "label") => [method(), quoted(nameKey)].filter(Boolean).join(" "),
    quoted,
    protocol: () => PROTOCOLS[text("protocol")] ?? text("protocol").toUpperCase(),
    language: () => words.languages[text("locale") as Locale] ?? text("locale"),
  };
}

/** "Signed in with the authenticator app “Pixel phone”.": one event of the log, in words. */
export function describeEvent(
  locale: Locale,
  event: { type: SecurityEventType; detail: EventDetail },
): string {
  const sentences: Partial<Record<string, (d: Read) => string>> = EVENT_TEXT[locale];
  // A type newer than this build (an old front end, a newer server) still reads as a sentence.
  const sentence = sentences[event.type];
  if (!sentence) return UNKNOWN[locale];
  // A detail missing from an old entry leaves no double space or space before the full stop.
  return sentence(reader(locale, event.detail)).replace(/ {2,}/g, " ").replace(/ \./g, ".");
}

const UNKNOWN: Record<Locale, string> = {
  en: "A security change was recorded.",
  fr: "Une modification de sécurité a été enregistrée.",
  de: "Eine Sicherheitsänderung wurde aufgezeichnet.",
  it: "È stata registrata una modifica di sicurezza.",
};
