import type { TwoFactorStatus } from "@twofold/client";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";
import { ACCOUNT_TEXTS } from "./text-account";

/** A method that 100 wrong tries in a row turned off, as the server names it. */
export type DisabledMethod = TwoFactorStatus["disabledMethods"][number];

/** "Firefox on Linux · 129.132.1.1 (near Zurich, CH)": where an event came from. */
const from =
  (locale: Locale) =>
  (browser: string | null, os: string | null, ip: string, place: string | null): string => {
    const sessions = ACCOUNT_TEXTS[locale].sessions;
    return [sessions.on(browser, os), sessions.address(ip, place)].filter(Boolean).join(" · ");
  };

/** The security log, methods turned off by guessing, and a password change someone asked for. */
const en = {
  log: {
    title: "Security log",
    empty: "Nothing recorded yet.",
    more: "more below",
    loading: "Loading older events…",
    end: "The beginning of the log.",
    from: from("en"),
  },
  disabled: {
    // Each under 80 characters: one line each on the smallest terminal.
    names: {
      totp: "Authenticator app",
      webauthn: "Security keys",
      push: "Authenticator devices",
      sms: "Text messages",
      backup_code: "Backup codes",
    } satisfies Record<DisabledMethod, string>,
    off: (names: string) => `Turned off after too many wrong tries in a row: ${names}.`,
    hint: "Someone may be guessing: check the security log, then turn it back on.",
    turnOn: (name: string) => `Turn back on: ${name}`,
    detail: "turned off after too many wrong tries",
    done: (name: string) => `${name}: turned back on.`,
  },
  passwordRequired: [
    "A sign-in you did not make was reported (on your device, or with",
    "“This wasn't me” from one of our emails): someone may know your password.",
    "Choose a new password before anything else.",
  ],
};

export type SecurityText = typeof en;

const fr: SecurityText = {
  log: {
    title: "Journal de sécurité",
    empty: "Rien n'a encore été enregistré.",
    more: "suite plus bas",
    loading: "Chargement des événements plus anciens…",
    end: "Le début du journal.",
    from: from("fr"),
  },
  disabled: {
    names: {
      totp: "Application d'authentification",
      webauthn: "Clés de sécurité",
      push: "Appareils d'authentification",
      sms: "Codes par SMS",
      backup_code: "Codes de secours",
    },
    off: (names: string) => `Désactivé après trop d'essais erronés d'affilée : ${names}.`,
    hint: "Quelqu'un essaie peut-être de deviner : lisez le journal, puis réactivez.",
    turnOn: (name: string) => `Réactiver : ${name}`,
    detail: "désactivé après trop d'essais erronés",
    done: (name: string) => `${name} : réactivé.`,
  },
  passwordRequired: [
    "Une connexion que vous n'avez pas faite a été signalée (sur votre appareil,",
    "ou avec « Ce n'était pas moi » dans l'un de nos e-mails) : quelqu'un connaît",
    "peut-être votre mot de passe. Choisissez d'abord un nouveau mot de passe.",
  ],
};

const de: SecurityText = {
  log: {
    title: "Sicherheitsprotokoll",
    empty: "Noch nichts aufgezeichnet.",
    more: "weiter unten mehr",
    loading: "Ältere Ereignisse werden geladen…",
    end: "Der Anfang des Protokolls.",
    from: from("de"),
  },
  disabled: {
    names: {
      totp: "Authenticator-App",
      webauthn: "Sicherheitsschlüssel",
      push: "Authentifizierungsgeräte",
      sms: "Textnachrichten (SMS)",
      backup_code: "Backup-Codes",
    },
    off: (names: string) => `Ausgeschaltet nach zu vielen Fehlversuchen in Folge: ${names}.`,
    hint: "Vielleicht rät jemand: Prüfen Sie das Protokoll, dann wieder einschalten.",
    turnOn: (name: string) => `Wieder einschalten: ${name}`,
    detail: "nach zu vielen Fehlversuchen ausgeschaltet",
    done: (name: string) => `${name}: wieder eingeschaltet.`,
  },
  passwordRequired: [
    "Eine Anmeldung, die Sie nicht gemacht haben, wurde gemeldet (auf Ihrem",
    "Gerät oder mit „Das war ich nicht“ aus einer unserer E-Mails): Jemand kennt",
    "vielleicht Ihr Passwort. Wählen Sie vor allem anderen ein neues Passwort.",
  ],
};

const it: SecurityText = {
  log: {
    title: "Registro di sicurezza",
    empty: "Ancora nulla di registrato.",
    more: "altro più sotto",
    loading: "Caricamento degli eventi meno recenti…",
    end: "L'inizio del registro.",
    from: from("it"),
  },
  disabled: {
    names: {
      totp: "App di autenticazione",
      webauthn: "Chiavi di sicurezza",
      push: "Dispositivi di autenticazione",
      sms: "Messaggi di testo (SMS)",
      backup_code: "Codici di backup",
    },
    off: (names: string) => `Disattivato dopo troppi tentativi errati di fila: ${names}.`,
    hint: "Qualcuno forse tira a indovinare: controlli il registro, poi lo riattivi.",
    turnOn: (name: string) => `Riattiva: ${name}`,
    detail: "disattivato dopo troppi tentativi errati",
    done: (name: string) => `${name}: riattivato.`,
  },
  passwordRequired: [
    "È stato segnalato un accesso che non ha fatto lei (sul suo dispositivo, o con",
    "«Non sono stato io» in una delle nostre email): qualcuno potrebbe conoscere la",
    "sua password. Scelga una nuova password prima di ogni altra cosa.",
  ],
};

export const SECURITY_TEXTS: Readonly<Record<Locale, SecurityText>> = { en, fr, de, it };

/** The security texts of the current language. */
export const SECURITY_TEXT: SecurityText = localized(SECURITY_TEXTS);
