import type { AccountText } from "../text-account";

/** Die Zugänge des Kontos, auf Deutsch (die Wörter des Webs: „App-Passwort“). */
export const accountDe: AccountText = {
  appPasswords: {
    title: "App-Passwörter",
    why: [
      "E-Mail-, Kalender- und Datei-Apps können nicht nach Ihrem zweiten Schritt",
      "fragen: Geben Sie jeder App ihr eigenes App-Passwort. Es öffnet nur, was Sie",
      "gewählt haben, nie das Web oder dieses Terminal, und lässt sich einzeln",
      "widerrufen.",
    ],
    none: "Noch kein App-Passwort.",
    scopes: { mail: "E-Mail", calendar: "Kalender und Kontakte", files: "Dateien" },
    protocols: { mail: "IMAP, POP3 und SMTP", calendar: "CalDAV und CardDAV", files: "WebDAV" },
    created: (date: string) => `erstellt am ${date}`,
    expires: (date: string | null) => (date ? `läuft ab am ${date}` : "läuft nie ab"),
    expired: (date: string) => `abgelaufen am ${date}`,
    neverUsed: "nie verwendet",
    lastUsed: (when: string, ip: string | null, client: string | null) =>
      `zuletzt verwendet am ${when}${ip ? ` von ${ip}` : ""}${client ? ` mit ${client}` : ""}`,
    revokeConfirm: (name: string) =>
      `${name} widerrufen? Die Apps, die es verwenden, können sich nicht mehr anmelden.`,
    revokeAllConfirm: (n: number) =>
      `${n === 1 ? "Ihr App-Passwort" : `Alle ${n} App-Passwörter`} widerrufen? Jede App braucht dann ein neues.`,
    yes: "Ja, widerrufen",
    no: "Nein, behalten",
    revoked: (name: string) => `${name} wurde widerrufen.`,
    revokedAll: (n: number) =>
      n === 1 ? "1 App-Passwort wurde widerrufen." : `${n} App-Passwörter wurden widerrufen.`,
  },
  newAppPassword: {
    title: "Neues App-Passwort",
    name: "Name",
    nameHint: "Wofür es ist, etwa „Thunderbird auf dem Laptop“ (bis zu 64 Zeichen).",
    nameMissing: "Geben Sie ihm einen Namen mit 1 bis 64 Zeichen.",
    scopes: "Was darf es öffnen? Leertaste wählt, a wählt alles:",
    scopesMissing: "Wählen Sie mindestens eines.",
    expiry: "Wann hört es auf zu funktionieren?",
    expiries: {
      never: "Nie (bis Sie es widerrufen)",
      d30: "In 30 Tagen",
      d90: "In 90 Tagen",
      y1: "In 1 Jahr",
    },
    until: (date: string) => `bis ${date}`,
    shownTitle: "Ihr neues App-Passwort",
    howTo: "So verwenden Sie es: Melden Sie sich in der E-Mail- oder Kalender-App an mit",
    userName: (email: string) => `  Benutzername: ${email}`,
    password: "  Passwort:     dieses App-Passwort, statt Ihres eigenen Passworts",
    dashes: "Mit oder ohne Bindestriche.",
    once: "Es wird nicht wieder angezeigt: Kopieren Sie es jetzt in die App oder speichern Sie es in einer Datei.",
    added: (name: string) => `${name} wurde hinzugefügt.`,
    fileText: (name: string, email: string, password: string, made: string) =>
      `Twofold-App-Passwort „${name}“, erstellt am ${made}.\nBenutzername: ${email}\nPasswort: ${password}\n`,
  },
  sessions: {
    title: "Wo Sie angemeldet sind",
    intro:
      "Jede Anmeldung, in einem Browser oder einem Terminal. Beenden Sie jede, die Sie nicht kennen.",
    on: (browser: string | null, os: string | null) =>
      browser && os
        ? `${browser} unter ${os}`
        : (browser ?? (os ? `Ein Browser unter ${os}` : "Unbekannte App oder unbekannter Browser")),
    address: (ip: string, place: string | null) =>
      place ? `${ip || "unbekannte Adresse"} (in der Nähe von ${place})` : ip,
    here: "dieses Terminal",
    times: (created: string, seen: string) => `angemeldet am ${created} · zuletzt aktiv ${seen}`,
    apps: (names: string[]) => `Apps: ${names.join(", ")}`,
    endConfirm: (what: string) =>
      `Die Sitzung von ${what} beenden? Sie muss sich dann neu anmelden.`,
    endThisConfirm: "Diese Sitzung beenden? Sie werden hier abgemeldet.",
    endOthersConfirm: "Alle anderen Sitzungen beenden? Nur dieses Terminal bleibt angemeldet.",
    yesEnd: "Ja, beenden",
    yesEndAll: "Ja, alle beenden",
    no: "Nein, behalten",
    ended: "Die Sitzung wurde beendet.",
    endedOthers: (n: number) =>
      n === 0
        ? "Es gab keine andere Sitzung zu beenden."
        : n === 1
          ? "1 andere Sitzung wurde beendet."
          : `${n} andere Sitzungen wurden beendet.`,
    trusted:
      "Vertrauenswürdige Browser (sie überspringen den zweiten Schritt bis zum genannten Datum):",
    noTrusted: "Kein vertrauenswürdiger Browser.",
    trustedTimes: (created: string, used: string, until: string) =>
      `vertraut seit ${created} · zuletzt verwendet ${used} · bis ${until}`,
    revokeConfirm: (what: string) =>
      `${what} nicht mehr vertrauen? Die nächste Anmeldung dort verlangt den zweiten Schritt.`,
    yesRevoke: "Ja, nicht mehr vertrauen",
    revoked: (what: string) => `${what} ist nicht mehr vertrauenswürdig.`,
  },
  browserPolicy: {
    title: "Anmeldung im Browser",
    intro: "Wie lange eine Anmeldung in einem Webbrowser dauert:",
    session_only: "Bei jedem Browserstart anmelden",
    session_onlyNote:
      "Sie endet, wenn der Browser geschlossen wird, nach 30 Minuten ohne Aktivität oder spätestens nach 12 Stunden.",
    remember: "Angemeldet bleiben",
    rememberNote: "30 Tage lang bei Nutzung, außer Sie melden sich ab.",
    current: " (aktuell)",
    terminal:
      "Anmeldungen im Terminal folgen dem auch: 30 Minuten ohne Aktivität, höchstens 12 Stunden, oder 30 Tage.",
    saved: (label: string) => `${label}: gilt ab Ihrer nächsten Anmeldung.`,
  },
  changePassword: {
    title: "Passwort ändern",
    intro: [
      "Alle App-Passwörter werden widerrufen, vertrauenswürdige Browser vergessen, und",
      "Sie werden überall sonst abgemeldet. Dieses Terminal bleibt angemeldet.",
    ],
    password: "Neues Passwort (mindestens 10 Zeichen)",
    again: "Neues Passwort noch einmal",
    differ: "Die beiden Passwörter sind verschieden. Geben Sie sie erneut ein.",
    done: (apps: number, sessions: number) =>
      `Passwort geändert: ${apps === 1 ? "1 App-Passwort" : `${apps} App-Passwörter`} widerrufen, ${sessions === 1 ? "1 andere Sitzung" : `${sessions} andere Sitzungen`} beendet.`,
  },
};
