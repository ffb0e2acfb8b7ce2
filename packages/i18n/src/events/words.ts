import type { Locale } from "../locales";
import type { Words } from "./types";

export const PROTOCOLS: Record<string, string> = {
  imap: "IMAP",
  pop3: "POP3",
  smtp: "SMTP",
  submission: "SMTP",
  caldav: "CalDAV",
  carddav: "CardDAV",
  webdav: "WebDAV",
};

export const WORDS: Record<Locale, Words> = {
  en: {
    methods: {
      totp: "authenticator app",
      webauthn: "security key",
      passkey: "passkey",
      push: "authenticator device",
      sms: "mobile phone (SMS)",
      backup_code: "backup code",
      password: "password",
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
      trusted_browser: "browser attendibile",
    },
    someMethod: "un metodo",
    quote: (name) => `«${name}»`,
    languages: { en: "inglese", fr: "francese", de: "tedesco", it: "italiano" },
  },
};

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** " (IMAP)" when there is something to put in brackets. */
export const paren = (s: string): string => (s ? ` (${s})` : "");
