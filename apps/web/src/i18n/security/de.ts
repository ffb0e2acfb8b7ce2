import type { SecurityMessages } from "./en";

export const securityDe: SecurityMessages = {
  appPasswords: {
    title: "App-Passwörter",
    rowHint:
      "Für Mail-, Kalender- und Datei-Apps, die nicht nach einem zweiten Schritt fragen können.",
    why: "Mail-, Kalender- und Datei-Apps (Thunderbird, Apple Mail, der Kalender eines Smartphones, ein WebDAV-Laufwerk) melden sich nur mit einem Passwort an: Sie können Sie weder nach einem Code noch nach einem Sicherheitsschlüssel fragen. Sobald die Bestätigung in zwei Schritten aktiv ist, funktioniert Ihr Kontopasswort dort nicht mehr: Geben Sie stattdessen jeder App ihr eigenes App-Passwort.",
    web: "Ein App-Passwort meldet Sie nie bei dieser Website an, öffnet nur, was Sie dafür wählen, und lässt sich einzeln widerrufen.",
    twoStepOff:
      "Die Bestätigung in zwei Schritten ist deaktiviert: Ihr Kontopasswort funktioniert in diesen Apps vorerst noch.",
    yours: "Ihre App-Passwörter",
    none: "Noch kein App-Passwort.",
    create: "App-Passwort erstellen",
    opens: "Öffnet",
    created: "Erstellt",
    expires: "Läuft ab",
    expired: "Abgelaufen",
    noExpiry: "Nie",
    lastUsed: "Zuletzt verwendet",
    neverUsed: "Nie verwendet",
    ip: "IP-Adresse",
    client: "App",
    revoke: "Widerrufen",
    revokeTitle: (name: string) => `${name} widerrufen?`,
    revokeText:
      "Apps, die es verwenden, synchronisieren sofort nicht mehr und fragen erneut nach einem Passwort.",
    revoked: (name: string) => `${name} wurde widerrufen.`,
    revokeAll: "Alle widerrufen",
    revokeAllTitle: "Alle App-Passwörter widerrufen?",
    revokeAllText:
      "Jede App, die mit einem davon angemeldet ist, synchronisiert sofort nicht mehr und fragt erneut nach einem Passwort.",
    revokedAll: (n: number) =>
      n === 1 ? "1 App-Passwort wurde widerrufen." : `${n} App-Passwörter wurden widerrufen.`,
    cancel: "Abbrechen",
    nameLabel: "Name",
    nameHint: "Wo Sie es verwenden, damit Sie es später wiedererkennen.",
    namePlaceholder: "Thunderbird auf dem Laptop",
    scopesLegend: "Was es öffnen darf",
    all: "Alles",
    scopes: { mail: "E-Mail", calendar: "Kalender und Kontakte", files: "Dateien" },
    scopeHints: {
      mail: "IMAP, POP3 und SMTP: Mail-Apps wie Thunderbird oder Apple Mail.",
      calendar: "CalDAV und CardDAV: Kalender- und Adressbuch-Apps.",
      files: "WebDAV: Dateimanager und Laufwerk-Apps.",
    },
    expiryLabel: "Läuft ab",
    expiryChoices: {
      none: "Nie",
      "30d": "In 30 Tagen",
      "90d": "In 90 Tagen",
      "1y": "In 1 Jahr",
      date: "An einem Datum…",
    },
    dateLabel: "Ablaufdatum",
    dateHint: "Es funktioniert bis zum Ende dieses Tages.",
    noName: "Geben Sie ihm einen Namen.",
    noScope: "Wählen Sie mindestens eine Sache, die es öffnen darf.",
    noDate: "Wählen Sie das Ablaufdatum.",
    pastDate: "Wählen Sie ein Datum in der Zukunft.",
    submit: "Erstellen",
    shownTitle: (name: string) => `App-Passwort für ${name}`,
    shownIntro: "Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.",
    copy: "Passwort kopieren",
    howTitle: "So verwenden Sie es",
    howUser: (email: string) => `Benutzername: Ihre E-Mail-Adresse, ${email}.`,
    howPassword:
      "Passwort: dieses App-Passwort, anstelle Ihres Kontopassworts, in der Mail-, Kalender- oder Datei-App. Mit oder ohne Bindestriche.",
    howOnce:
      "Es wird nicht noch einmal angezeigt. Wenn Sie es verlieren, widerrufen Sie es und erstellen Sie ein neues.",
    done: "Fertig",
    createdNotice: (name: string) => `${name} wurde erstellt.`,
  },
  /** The place of an address, from the IP-location database ("Zurich, CH"). */
  place: {
    near: (p: string) => `in der Nähe von ${p}`,
    /** Followed by the link "DB-IP" (its licence, CC BY 4.0, asks for it where places show). */
    attribution: "IP-Geolokalisierung durch",
  },
  sessions: {
    title: "Wo Sie angemeldet sind",
    rowHint:
      "Die bei Ihrem Konto angemeldeten Browser und Geräte sowie die vertrauenswürdigen Browser.",
    intro:
      "Alle Browser und Geräte, die bei Ihrem Konto angemeldet sind. Melden Sie ab, was Sie nicht kennen, und ändern Sie dann Ihr Passwort.",
    count: (n: number) => (n === 1 ? "An 1 Ort angemeldet." : `An ${n} Orten angemeldet.`),
    device: (browser: string, os: string | null) => (os ? `${browser} unter ${os}` : browser),
    unknownBrowser: "Unbekannter Browser",
    thisBrowser: "Dieser Browser",
    ip: "IP-Adresse",
    started: "Angemeldet",
    lastSeen: "Zuletzt aktiv",
    lasts: "Bleibt angemeldet",
    persistent: "30 Tage lang bei Nutzung",
    untilClosed: "Bis der Browser geschlossen wird",
    apps: "Angemeldete Apps",
    signOut: "Abmelden",
    signedOut: (device: string) => `${device} wurde abgemeldet.`,
    signOutOthers: "Alle anderen Sitzungen abmelden",
    signedOutOthers: (n: number) =>
      n === 1 ? "1 andere Sitzung wurde abgemeldet." : `${n} andere Sitzungen wurden abgemeldet.`,
    trustedTitle: "Vertrauenswürdige Browser",
    trustedIntro:
      "Diese Browser überspringen den zweiten Schritt 30 Tage lang, weil Sie dort „In diesem Browser 30 Tage lang nicht mehr fragen“ angekreuzt haben. Alle werden vergessen, wenn Sie Ihr Passwort oder Ihre Methoden ändern.",
    noTrusted: "Kein vertrauenswürdiger Browser.",
    trustedSince: "Vertrauenswürdig seit",
    lastUsed: "Zuletzt verwendet",
    trustedUntil: "Bis",
    forget: "Nicht mehr vertrauen",
    forgotten: (device: string) => `${device} fragt wieder nach dem zweiten Schritt.`,
  },
  browserLaunch: {
    title: "Bei jedem Browserstart anmelden",
    intro: "Wie lange ein Browser nach der Anmeldung bei Ihrem Konto angemeldet bleibt.",
    legend: "Wenn Sie sich in einem Browser anmelden",
    remember: "Angemeldet bleiben",
    rememberHint:
      "Wenn Sie bei der Anmeldung „In diesem Browser angemeldet bleiben“ ankreuzen, bleibt der Browser 30 Tage lang bei Nutzung angemeldet.",
    sessionOnly: "Bei jedem Browserstart anmelden",
    sessionOnlyHint:
      "Das Schließen des Browsers meldet Sie ab, ebenso 30 Minuten ohne Aktivität; nach 12 Stunden melden Sie sich in jedem Fall erneut an. Am besten auf einem Computer, den auch andere nutzen.",
    appliesNext:
      "Eine Änderung gilt ab Ihrer nächsten Anmeldung: Die jetzt angemeldeten Browser bleiben, wie sie sind.",
    save: "Speichern",
    saved: "Gespeichert. Es gilt ab Ihrer nächsten Anmeldung.",
  },
  changePassword: {
    title: "Passwort ändern",
    rowHint: "Widerruft auch Ihre App-Passwörter und meldet Ihre anderen Sitzungen ab.",
    intro:
      "Wenn Sie Ihr Passwort ändern, werden auch alle Ihre App-Passwörter widerrufen, alle anderen Browser und Geräte abgemeldet und die vertrauenswürdigen Browser vergessen. Dieser Browser bleibt angemeldet.",
    newLabel: "Neues Passwort",
    newHint: "Mindestens 10 Zeichen. Am besten ein langer Satz, den Sie sich merken können.",
    repeatLabel: "Neues Passwort wiederholen",
    mismatch: "Die beiden Passwörter stimmen nicht überein.",
    submit: "Passwort ändern",
    confirmText: "Geben Sie Ihr aktuelles Passwort ein, um es zu ändern.",
    changed: "Ihr Passwort wurde geändert.",
    appPasswordsRevoked: (n: number) =>
      n === 0
        ? "Sie hatten kein App-Passwort zu widerrufen."
        : n === 1
          ? "1 App-Passwort wurde widerrufen: Erstellen Sie ein neues für die App, die es verwendet hat."
          : `${n} App-Passwörter wurden widerrufen: Erstellen Sie neue für die Apps, die sie verwendet haben.`,
    sessionsEnded: (n: number) =>
      n === 0
        ? "Keine andere Sitzung war angemeldet."
        : n === 1
          ? "1 andere Sitzung wurde abgemeldet."
          : `${n} andere Sitzungen wurden abgemeldet.`,
  },
};
