import type { Text } from "../text";
import { ACCOUNT_TEXTS, type BrowserPolicy } from "../text-account";
import { SECURITY_TEXTS } from "../text-security";
import { SIGN_UP_TEXTS } from "../text-sign-up";

/** Das Terminal auf Deutsch, mit den Wörtern des Webs („Bestätigung in zwei Schritten“). */
export const de: Text = {
  title: "Twofold",
  connecting: (server: string) => `Verbindung mit ${server}…`,
  offline: (server: string) => `Der Server ${server} ist nicht erreichbar.`,
  offlineHint: "Prüfen Sie, ob er läuft und ob die Adresse stimmt.",
  welcome: {
    title: "Willkommen bei Twofold",
    signIn: "Anmelden",
    signUp: "Konto erstellen",
    quit: "Beenden",
  },
  signIn: {
    title: "Anmelden",
    email: "E-Mail-Adresse",
    password: "Passwort",
    remember: "Angemeldet bleiben",
  },
  signUp: {
    title: "Erstellen Sie Ihr Konto",
    name: "Name",
    email: "E-Mail-Adresse",
    password: "Passwort (mindestens 10 Zeichen)",
  },
  secondFactor: {
    title: "Bestätigung in zwei Schritten",
    totp: "Code aus Ihrer Authenticator-App",
    backup_code: "Backup-Code",
    sms: "Code aus der SMS",
    smsTo: (masked: string) => `SMS an ${masked}`,
    other: "Andere Methode verwenden",
    choose: "Methode auswählen",
    remaining: (n: number) =>
      n === 1 ? "Sie haben noch 1 Backup-Code." : `Sie haben noch ${n} Backup-Codes.`,
    keys: {
      verify: "Enter bestätigen",
      newCode: "Strg+R neuer Code",
      other: "Tab andere Methode",
      cantUse: "Tab geht nicht?",
      cancel: "Esc abbrechen",
    },
  },
  methods: {
    totp: "Authenticator-App",
    webauthn: "Sicherheitsschlüssel",
    push: "Authentifizierungsgerät",
    sms: "Textnachricht (SMS)",
    backup_code: "Backup-Code",
  },
  securityKey: {
    title: "Sicherheitsschlüssel hinzufügen",
    text: (server: string) =>
      `Ein Sicherheitsschlüssel (YubiKey oder ein anderer FIDO2-Schlüssel) oder ein Passkey wird in einem Webbrowser hinzugefügt: Öffnen Sie ${server}, dann Mein Profil verwalten › Sicherheit und Wiederherstellung › Bestätigung in zwei Schritten › Methode hinzufügen › Sicherheitsschlüssel. Er erscheint danach hier, wo Sie ihn umbenennen oder entfernen können.`,
    passkey: "Passkey",
  },
  settings: {
    title: "Bestätigung in zwei Schritten",
    signedInAs: (name: string) => `Angemeldet als ${name}`,
    on: "AN: Die Anmeldung verlangt Ihr Passwort und eine Ihrer Methoden.",
    off: "AUS: Ihr Passwort allein öffnet Ihr Konto. Fügen Sie eine Methode hinzu, um sie einzuschalten.",
    methods: "Ihre Methoden",
    none: "Noch keine Methode.",
    added: "hinzugefügt am",
    lastUsed: "zuletzt verwendet:",
    never: "nie",
    preferred: "bevorzugt",
    addOTP: "Authenticator-App hinzufügen",
    addKey: "Sicherheitsschlüssel hinzufügen",
    addSMS: "Mobiltelefon für Textnachrichten (SMS) hinzufügen",
    smsWeak: "SMS ist die schwächste Methode: Ein SIM-Swapping kann Ihre Codes stehlen.",
    smsAddStronger: "Fügen Sie eine Authenticator-App, einen Schlüssel oder ein Gerät hinzu.",
    smsUseStronger: "Melden Sie sich wenn möglich mit Ihren anderen, stärkeren Methoden an.",
    backupCodes: (n: number) => `Backup-Codes (noch ${n}): neue Codes erstellen`,
    turnOff: "Bestätigung in zwei Schritten ausschalten",
    log: "Sicherheitsprotokoll",
    appPasswords: "App-Passwörter",
    sessions: "Wo Sie angemeldet sind",
    browserPolicy: (policy: BrowserPolicy | null) =>
      policy === null
        ? "Anmeldung im Browser"
        : `Anmeldung im Browser: ${policy === "session_only" ? "bei jedem Start anmelden" : "angemeldet bleiben"}`,
    changePassword: "Passwort ändern",
    signOut: "Abmelden",
    quit: "Beenden",
  },
  factor: {
    rename: "Umbenennen",
    remove: "Entfernen",
    back: "Zurück",
    newName: "Neuer Name",
    removeConfirm: (name: string) =>
      `${name} entfernen? Sie können sich dann nicht mehr damit anmelden.`,
    removeLast:
      "Dies ist Ihre letzte Methode: Die Bestätigung in zwei Schritten wird ausgeschaltet und Ihre Backup-Codes werden gelöscht.",
    yes: "Ja, entfernen",
    no: "Nein, behalten",
    renamed: (label: string) => `Umbenannt in ${label}.`,
  },
  addTOTP: {
    title: "Authenticator-App hinzufügen",
    name: "Name dieser Methode",
    defaultName: "Authenticator-App",
    scan: "Scannen Sie diesen Code mit Ihrer Authenticator-App:",
    key: "Oder geben Sie diesen Schlüssel in der App ein:",
    code: "Code, den die App jetzt anzeigt",
    expires: (time: string) => `Diese Einrichtung läuft um ${time} ab.`,
    tooSmall: (columns: number, rows: number) =>
      `Vergrößern Sie das Terminal auf mindestens ${columns}×${rows}, um den QR-Code zu sehen, oder geben Sie den Schlüssel unten ein.`,
  },
  sms: {
    title: "Mobiltelefon für Textnachrichten hinzufügen",
    weak: "SMS ist die schwächste Methode: Eine Authenticator-App oder ein Sicherheitsschlüssel ist stärker.",
    country: "Land der Mobilnummer:",
    countryItem: (name: string, prefix: string) => `${name} (${prefix})`,
    number: "Mobilnummer",
    numberHint: (name: string, prefix: string, example: string) =>
      `Eine Mobilnummer (${name}), etwa ${example} (oder mit ${prefix}).`,
    sending: "Code wird per SMS gesendet…",
    sentTo: (masked: string) => `Code an ${masked} gesendet.`,
    resentTo: (masked: string) =>
      `Ein neuer Code wurde an ${masked} gesendet; der vorherige gilt nicht mehr.`,
    expires: (time: string) => `Er läuft um ${time} ab.`,
    code: "Code aus der SMS",
    added: (label: string) => `${label} wurde hinzugefügt.`,
  },
  backupCodes: {
    title: "Ihre Backup-Codes",
    intro:
      "Mit jedem Code können Sie sich einmal anmelden, falls Sie Ihr Smartphone verlieren. Sie werden nur dieses eine Mal angezeigt.",
    stored: "Ich habe diese Codes aufbewahrt",
  },
  saveFile: {
    file: "Dateiname",
    saved: (file: string) => `In ${file} gespeichert (nur für Sie lesbar).`,
    exists: (file: string) => `${file} existiert bereits: Wählen Sie einen anderen Namen.`,
    failed: (file: string, code: string) => `${file} kann nicht geschrieben werden (${code}).`,
  },
  ...ACCOUNT_TEXTS.de,
  password: {
    title: "Bestätigen Sie, dass Sie es sind",
    label: "Passwort",
    wrong: "Dieses Passwort ist falsch.",
  },
  turnOff: {
    title: "Bestätigung in zwei Schritten ausschalten",
    text: "Ihr Passwort allein öffnet dann Ihr Konto. Alle Ihre Methoden und Backup-Codes werden gelöscht.",
    regenerate: "Ihre bisherigen Backup-Codes werden ungültig und 10 neue werden angezeigt.",
  },
  ...SECURITY_TEXTS.de,
  ...SIGN_UP_TEXTS.de,
  more: (above: number, below: number) =>
    `  ${[above > 0 && `↑ ${above} weitere`, below > 0 && `↓ ${below} weitere`].filter(Boolean).join(" · ")}`,
  keys: {
    menu: "↑↓/j/k bewegen · Enter wählen · Esc zurück · q beenden",
    top: "↑↓/j/k bewegen · Enter wählen · q beenden",
    form: "Tab/↑↓ nächstes Feld · Enter absenden · Esc zurück · Strg+C beenden",
    formFirst: "Tab/↑↓ nächstes Feld · Enter absenden · Strg+C beenden",
    input: "Enter absenden · Esc zurück · Strg+C beenden",
    codes: "s in Datei speichern · Enter ich habe sie aufbewahrt · Strg+C beenden",
    saveFile: "Enter speichern · Esc abbrechen",
    appPasswords: "↑↓/j/k · Enter widerrufen · n neu · a alle widerrufen · Esc zurück · q beenden",
    scopes: "↑↓/j/k bewegen · Leertaste wählen · a alle · Enter weiter · Esc zurück",
    shown: "s in Datei speichern · Enter fertig (danach gelöscht) · Strg+C beenden",
    sessions: "↑↓/j/k · Enter beenden · o alle anderen · Tab vertraut · Esc zurück · q Ende",
    sessionsOnly: "↑↓/j/k bewegen · Enter beenden · o alle anderen beenden · Esc zurück · q Ende",
    trusted: "↑↓/j/k · Enter nicht mehr vertrauen · Tab Sitzungen · Esc zurück · q beenden",
    scroll: "↑↓/j/k blättern · Leertaste/Bild↓/Bild↑ Seite · Esc zurück · q beenden",
    offline: "r erneut versuchen · q beenden",
    back: "Enter oder Esc zurück · q beenden",
    smsCode: "Enter bestätigen · Strg+R neuer Code · Esc zurück · Strg+C beenden",
  },
};
