import type { SecurityMessages } from "./en";

export const securityIt: SecurityMessages = {
  appPasswords: {
    title: "Password per app",
    rowHint:
      "Per le app di posta, calendario e file che non possono chiedere un secondo passaggio.",
    why: "Le app di posta, calendario e file (Thunderbird, Apple Mail, il calendario di un telefono, un'unità WebDAV) accedono solo con una password: non possono chiederle un codice né una chiave di sicurezza. Una volta attivata la verifica in due passaggi, la password del suo account non funziona più in queste app: dia invece a ogni app la sua password per app.",
    web: "Una password per app non permette mai di accedere a questo sito, apre solo ciò che sceglie e si può revocare da sola.",
    twoStepOff:
      "La verifica in due passaggi è disattivata: per ora la password del suo account funziona ancora in queste app.",
    yours: "Le sue password per app",
    none: "Ancora nessuna password per app.",
    create: "Crea una password per app",
    opens: "Apre",
    created: "Creata il",
    expires: "Scade",
    expired: "Scaduta",
    noExpiry: "Mai",
    lastUsed: "Ultimo utilizzo",
    neverUsed: "Mai utilizzata",
    ip: "Indirizzo IP",
    client: "App",
    revoke: "Revoca",
    revokeTitle: (name: string) => `Revocare ${name}?`,
    revokeText:
      "Le app che la usano smettono subito di sincronizzarsi e chiederanno di nuovo una password.",
    revoked: (name: string) => `${name} è stata revocata.`,
    revokeAll: "Revoca tutte",
    revokeAllTitle: "Revocare tutte le password per app?",
    revokeAllText:
      "Ogni app collegata con una di esse smette subito di sincronizzarsi e chiederà di nuovo una password.",
    revokedAll: (n: number) =>
      n === 1
        ? "1 password per app è stata revocata."
        : `${n} password per app sono state revocate.`,
    cancel: "Annulla",
    nameLabel: "Nome",
    nameHint: "Dove la userà, per riconoscerla in seguito.",
    namePlaceholder: "Thunderbird sul portatile",
    scopesLegend: "Cosa può aprire",
    all: "Tutto",
    scopes: { mail: "Posta", calendar: "Calendari e contatti", files: "File" },
    scopeHints: {
      mail: "IMAP, POP3 e SMTP: app di posta come Thunderbird o Apple Mail.",
      calendar: "CalDAV e CardDAV: app di calendario e rubrica.",
      files: "WebDAV: gestori di file e app di archiviazione.",
    },
    expiryLabel: "Scade",
    expiryChoices: {
      none: "Mai",
      "30d": "Tra 30 giorni",
      "90d": "Tra 90 giorni",
      "1y": "Tra 1 anno",
      date: "In una data…",
    },
    dateLabel: "Data di scadenza",
    dateHint: "Funziona fino alla fine di quel giorno.",
    noName: "Le dia un nome.",
    noScope: "Scelga almeno una cosa che può aprire.",
    noDate: "Scelga la data di scadenza.",
    pastDate: "Scelga una data nel futuro.",
    submit: "Crea",
    shownTitle: (name: string) => `Password per app per ${name}`,
    shownIntro: "La copi ora: viene mostrata solo questa volta.",
    copy: "Copia password",
    howTitle: "Come usarla",
    howUser: (email: string) => `Nome utente: il suo indirizzo e-mail, ${email}.`,
    howPassword:
      "Password: questa password per app, al posto della password del suo account, nell'app di posta, calendario o file. Con o senza i trattini.",
    howOnce: "Non verrà più mostrata. Se la perde, la revochi e ne crei una nuova.",
    done: "Fatto",
    createdNotice: (name: string) => `${name} è stata creata.`,
  },
  /** The place of an address, from the IP-location database ("Zurich, CH"). */
  place: {
    near: (p: string) => `vicino a ${p}`,
    /** Followed by the link "DB-IP" (its licence, CC BY 4.0, asks for it where places show). */
    attribution: "Geolocalizzazione IP di",
  },
  sessions: {
    title: "Dove ha effettuato l'accesso",
    rowHint: "I browser e i dispositivi collegati al suo account, e i browser attendibili.",
    intro:
      "Tutti i browser e i dispositivi collegati al suo account. Disconnetta quelli che non riconosce, poi cambi la password.",
    count: (n: number) =>
      n === 1 ? "Accesso attivo in 1 luogo." : `Accesso attivo in ${n} luoghi.`,
    device: (browser: string, os: string | null) => (os ? `${browser} su ${os}` : browser),
    unknownBrowser: "Browser sconosciuto",
    thisBrowser: "Questo browser",
    ip: "Indirizzo IP",
    started: "Accesso",
    lastSeen: "Ultima attività",
    lasts: "Resta collegato",
    persistent: "Per 30 giorni di utilizzo",
    untilClosed: "Fino alla chiusura del browser",
    apps: "App collegate",
    signOut: "Disconnetti",
    signedOut: (device: string) => `${device} è stato disconnesso.`,
    signOutOthers: "Disconnetti tutte le altre sessioni",
    signedOutOthers: (n: number) =>
      n === 1
        ? "1 altra sessione è stata disconnessa."
        : `${n} altre sessioni sono state disconnesse.`,
    trustedTitle: "Browser attendibili",
    trustedIntro:
      "Questi browser saltano il secondo passaggio per 30 giorni, perché vi ha selezionato «Non chiedere più su questo browser per 30 giorni». Vengono tutti dimenticati quando cambia la password o i metodi di verifica.",
    noTrusted: "Nessun browser attendibile.",
    trustedSince: "Attendibile dal",
    lastUsed: "Ultimo utilizzo",
    trustedUntil: "Fino al",
    forget: "Non considerare più attendibile",
    forgotten: (device: string) => `${device} chiederà di nuovo il secondo passaggio.`,
  },
  browserLaunch: {
    title: "Autenticarsi a ogni avvio del browser",
    intro: "Per quanto tempo un browser resta collegato al suo account dopo l'accesso.",
    legend: "Quando accede da un browser",
    remember: "Resta collegato",
    rememberHint:
      "Se all'accesso seleziona «Mantieni l'accesso su questo browser», il browser resta collegato per 30 giorni di utilizzo.",
    sessionOnly: "Autenticarsi a ogni avvio del browser",
    sessionOnlyHint:
      "Chiudere il browser la disconnette, così come 30 minuti di inattività; dopo 12 ore deve comunque accedere di nuovo. Ideale su un computer usato anche da altri.",
    appliesNext:
      "Una modifica vale dal suo prossimo accesso: i browser collegati ora restano come sono.",
    save: "Salva",
    saved: "Salvato. Vale dal suo prossimo accesso.",
  },
  changePassword: {
    title: "Cambia password",
    rowHint: "Revoca anche le sue password per app e disconnette le altre sessioni.",
    intro:
      "Cambiare la password revoca anche tutte le sue password per app, disconnette tutti gli altri browser e dispositivi e dimentica i browser attendibili. Questo browser resta collegato.",
    newLabel: "Nuova password",
    newHint: "Almeno 10 caratteri. L'ideale è una frase lunga che ricorda facilmente.",
    repeatLabel: "Ripeta la nuova password",
    mismatch: "Le due password non coincidono.",
    submit: "Cambia password",
    confirmText: "Inserisca la password attuale per cambiarla.",
    changed: "La sua password è stata cambiata.",
    appPasswordsRevoked: (n: number) =>
      n === 0
        ? "Non aveva password per app da revocare."
        : n === 1
          ? "1 password per app è stata revocata: ne crei una nuova per l'app che la usava."
          : `${n} password per app sono state revocate: ne crei di nuove per le app che le usavano.`,
    sessionsEnded: (n: number) =>
      n === 0
        ? "Nessun'altra sessione era collegata."
        : n === 1
          ? "1 altra sessione è stata disconnessa."
          : `${n} altre sessioni sono state disconnesse.`,
  },
};
