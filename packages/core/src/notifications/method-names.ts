import type { MailLocale } from "./texts";

/**
 * The words the emails use for what an event's detail holds as an internal value: a method
 * (`kind` or `factor`), a browser policy, a protocol. The method names are the web's
 * (apps/web/src/i18n/<locale>.ts, `methods` and `twoStep.passkey`), so a person reads in a mail
 * the name they see in their settings. (@twofold/i18n takes the API's types, so core cannot
 * import it without a cycle: the table lives here, beside the mail texts.)
 */
interface DetailWords {
  methods: Record<string, string>;
  /** A method this version does not know: never its internal name. */
  someMethod: string;
  policies: Record<string, string>;
  /** A name the person gave, quoted the language's way. */
  quote: (name: string) => string;
}

export const DETAIL_WORDS: Record<MailLocale, DetailWords> = {
  en: {
    methods: {
      totp: "Authenticator app",
      webauthn: "Security key",
      passkey: "Passkey",
      push: "Authenticator device",
      sms: "Text message (SMS)",
      backup_code: "Backup code",
      password: "Password",
      trusted_browser: "Trusted browser",
    },
    someMethod: "A method",
    policies: {
      remember: "browsers may stay signed in",
      session_only: "sign in at each browser launch",
    },
    quote: (name) => `“${name}”`,
  },
  fr: {
    methods: {
      totp: "Application d'authentification",
      webauthn: "Clé de sécurité",
      passkey: "Clé d'accès",
      push: "Appareil d'authentification",
      sms: "Code par SMS",
      backup_code: "Code de secours",
      password: "Mot de passe",
      trusted_browser: "Navigateur de confiance",
    },
    someMethod: "Une méthode",
    policies: {
      remember: "les navigateurs peuvent rester connectés",
      session_only: "connexion à chaque lancement du navigateur",
    },
    quote: (name) => `« ${name} »`,
  },
  de: {
    methods: {
      totp: "Authenticator-App",
      webauthn: "Sicherheitsschlüssel",
      passkey: "Passkey",
      push: "Authentifizierungsgerät",
      sms: "Textnachricht (SMS)",
      backup_code: "Backup-Code",
      password: "Passwort",
      trusted_browser: "Vertrauenswürdiger Browser",
    },
    someMethod: "Eine Methode",
    policies: {
      remember: "Browser dürfen angemeldet bleiben",
      session_only: "Anmeldung bei jedem Browserstart",
    },
    quote: (name) => `„${name}“`,
  },
  it: {
    methods: {
      totp: "App di autenticazione",
      webauthn: "Chiave di sicurezza",
      passkey: "Passkey",
      push: "Dispositivo di autenticazione",
      sms: "Messaggio di testo (SMS)",
      backup_code: "Codice di backup",
      password: "Password",
      trusted_browser: "Browser attendibile",
    },
    someMethod: "Un metodo",
    policies: {
      remember: "i browser possono restare connessi",
      session_only: "accesso a ogni avvio del browser",
    },
    quote: (name) => `«${name}»`,
  },
};

/** imap -> IMAP: how mail, calendar and file apps name the protocols. */
export const PROTOCOL_NAMES: Record<string, string> = {
  imap: "IMAP",
  pop3: "POP3",
  smtp: "SMTP",
  submission: "SMTP",
  caldav: "CalDAV",
  carddav: "CardDAV",
  webdav: "WebDAV",
};
