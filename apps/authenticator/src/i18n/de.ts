import type { Texts } from "./en";

export const de: Texts = {
  appName: "Twofold Authenticator",
  loading: "Wird geladen…",
  accounts: {
    title: "Ihre Konten",
    empty: "Noch kein Konto auf diesem Telefon.",
    add: "Konto hinzufügen",
    remove: "Von diesem Telefon entfernen",
    removeConfirm: (account) =>
      `${account} von diesem Telefon entfernen? Anmeldeanfragen kommen dann nicht mehr hierher.`,
    removeYes: "Entfernen",
    cancel: "Abbrechen",
    removed: (account) => `${account} wurde von diesem Telefon entfernt.`,
    offline: "Offline-Code anzeigen",
    waiting: "Warten auf Anmeldeanfragen.",
  },
  enroll: {
    title: "Dieses Telefon hinzufügen",
    intro:
      "Dieses Telefon bestätigt Ihre Anmeldungen. Sein Schlüssel wird hier erzeugt und verlässt es nie.",
    code: "Registrierungscode",
    codeHint: "Steht unter dem QR-Code in Ihren Sicherheitseinstellungen.",
    name: "Name dieses Telefons",
    submit: "Dieses Telefon hinzufügen",
    scan: "QR-Code scannen",
    adding: "Wird hinzugefügt…",
    done: (account) => `Dieses Telefon bestätigt jetzt Anmeldungen bei ${account}.`,
  },
  scanner: {
    title: "QR-Code scannen",
    help: "Richten Sie die Kamera auf den QR-Code in Ihren Sicherheitseinstellungen.",
    close: "Kamera schliessen",
    denied: "Die Kamera ist nicht verfügbar. Geben Sie den Code ein.",
    notTwofold: "Dieser QR-Code ist kein Twofold-Registrierungscode.",
  },
  request: {
    title: "Sind Sie das?",
    intro: "Jemand meldet sich bei Ihrem Konto an.",
    account: "Konto",
    browser: "Browser",
    ip: "IP-Adresse",
    place: "Ort",
    near: (place) => `in der Nähe von ${place}`,
    time: "Zeit",
    unknown: "Unbekannt",
    on: (browser, os) => `${browser} unter ${os}`,
    expiresIn: (seconds) => `Läuft in ${seconds} s ab`,
    yes: "Ja",
    no: "Nein",
    report: "Nein, und melden",
    number: "Auf der Anmeldeseite angezeigte Zahl",
    confirm: "Bestätigen",
    back: "Zurück",
    retrying: "Keine Verbindung zum Server. Ihre Antwort wird erneut gesendet…",
    sending: "Wird gesendet…",
    approved: "Bestätigt. Die Anmeldung geht weiter.",
    denied: "Abgelehnt. Niemand wurde angemeldet.",
    reported: "Abgelehnt und gemeldet. Wir haben Ihr Konto gesichert.",
    cancelled: "Diese Anmeldung wurde abgebrochen.",
    answeredElsewhere: "Ein anderes Gerät hat diese Anmeldung beantwortet.",
    expired: "Diese Anmeldeanfrage ist abgelaufen.",
    wrongNumber:
      "Die Zahl stimmte nicht mit der Anmeldeseite überein, die Anmeldung wurde abgelehnt. Wenn Sie es waren, melden Sie sich erneut an.",
    more: (count) => `${count} weitere Anfrage(n) warten.`,
  },
  notification: {
    title: (what) => `Anmeldeanfrage: ${what}`,
    body: (account) => `${account}. Öffnen, um zu antworten.`,
    aBrowser: "ein Browser",
  },
  offline: {
    title: "Offline-Code",
    help: "Geben Sie diesen Code auf der Anmeldeseite ein, wenn keine Anfrage dieses Telefon erreicht.",
    valid: (seconds) => `Noch ${seconds} Sekunden gültig`,
    close: "Fertig",
  },
  notifications: {
    ask: "Mitteilungen erlauben",
    explain:
      "Mit Mitteilungen erreichen Anmeldeanfragen dieses Telefon auch, wenn die App geschlossen ist.",
    without:
      "Ohne Mitteilungen kommen Anfragen nur an, solange die App offen ist: Sie müssten sie bei jeder Anmeldung öffnen.",
    denied:
      "Mitteilungen sind für diese App blockiert. Anfragen kommen nur an, solange sie offen ist; erlauben Sie Mitteilungen in den Website-Einstellungen, um sie jederzeit zu erhalten.",
    noPush:
      "Dieser Server sendet keine Push-Mitteilungen: Anfragen kommen nur an, solange die App offen ist.",
    unsupported:
      "Dieser Browser kann keine Push-Mitteilungen empfangen: Anfragen kommen nur an, solange die App offen ist. Auf dem iPhone fügen Sie die App zuerst zum Home-Bildschirm hinzu.",
    failed:
      "Mitteilungen konnten in diesem Browser nicht eingeschaltet werden: Anfragen kommen nur an, solange diese App geöffnet ist.",
    on: "Mitteilungen sind eingeschaltet.",
  },
  connection: {
    live: "Verbunden: Anfragen kommen sofort an.",
    polling: "Alle paar Sekunden wird nach Anfragen gesucht.",
  },
  install: {
    offer: "App installieren",
    why: "Installiert öffnet sie sich vom Startbildschirm wie jede App und startet auch ohne Verbindung.",
    ios: "So installieren Sie sie: Tippen Sie auf Teilen, dann auf Zum Home-Bildschirm. Auf dem iPhone funktionieren Mitteilungen nur für die installierte App.",
  },
  recovery: {
    pending: (when: string) =>
      `Jemand hat begonnen, dieses Konto wiederherzustellen. Ende am ${when}: Falls Sie es nicht waren, brechen Sie sie jetzt ab.`,
    cancel: "Diese Wiederherstellung abbrechen",
    cancelled: "Die Wiederherstellung wurde abgebrochen.",
  },
  reasons: {
    INVALID_CODE:
      "Dieser Registrierungscode ist ungültig. Fordern Sie in Ihren Sicherheitseinstellungen einen neuen an.",
    CODE_ALREADY_USED:
      "Dieser Registrierungscode wurde schon verwendet. Fordern Sie einen neuen an.",
    CHALLENGE_EXPIRED: "Dieser Registrierungscode ist abgelaufen. Fordern Sie einen neuen an.",
    RATE_LIMITED: "Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es erneut.",
    NETWORK: "Keine Verbindung zum Server. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    DEVICE_NOT_FOUND: "Dieses Telefon ist für dieses Konto nicht mehr registriert.",
    INSECURE: "Der Authenticator braucht eine sichere Adresse (https).",
    OTHER: "Etwas ist schiefgegangen. Versuchen Sie es erneut.",
  },
};
