import type { AccountText } from "../text-account";

/** Gli accessi dell'account, in italiano (le parole del web: «password per app»). */
export const accountIt: AccountText = {
  appPasswords: {
    title: "Password per app",
    why: [
      "Le app di posta, calendario e file non possono chiedere il secondo passaggio:",
      "dia a ciascuna la propria password per app. Apre solo ciò che ha scelto, mai il",
      "web né questo terminale, e si può revocare da sola.",
    ],
    none: "Nessuna password per app.",
    scopes: { mail: "Posta", calendar: "Calendari e contatti", files: "File" },
    protocols: { mail: "IMAP, POP3 e SMTP", calendar: "CalDAV e CardDAV", files: "WebDAV" },
    created: (date: string) => `creata il ${date}`,
    expires: (date: string | null) => (date ? `scade il ${date}` : "nessuna scadenza"),
    expired: (date: string) => `scaduta il ${date}`,
    neverUsed: "mai usata",
    lastUsed: (when: string, ip: string | null, client: string | null) =>
      `usata il ${when}${ip ? ` da ${ip}` : ""}${client ? ` con ${client}` : ""}`,
    revokeConfirm: (name: string) =>
      `Revocare ${name}? Le app che la usano non potranno più accedere.`,
    revokeAllConfirm: (n: number) =>
      `Revocare ${n === 1 ? "la sua password per app" : `tutte le ${n} password per app`}? Ogni app ne chiederà poi una nuova.`,
    yes: "Sì, revoca",
    no: "No, mantieni",
    revoked: (name: string) => `${name} è stata revocata.`,
    revokedAll: (n: number) =>
      n === 1
        ? "1 password per app è stata revocata."
        : `${n} password per app sono state revocate.`,
  },
  newAppPassword: {
    title: "Nuova password per app",
    name: "Nome",
    nameHint: "A che cosa serve, ad esempio «Thunderbird sul portatile» (fino a 64 caratteri).",
    nameMissing: "Le dia un nome da 1 a 64 caratteri.",
    scopes: "Che cosa può aprire? Spazio sceglie, a sceglie tutto:",
    scopesMissing: "Ne scelga almeno uno.",
    expiry: "Quando smette di funzionare?",
    expiries: {
      never: "Mai (finché non la revoca)",
      d30: "Tra 30 giorni",
      d90: "Tra 90 giorni",
      y1: "Tra 1 anno",
    },
    until: (date: string) => `fino al ${date}`,
    shownTitle: "La sua nuova password per app",
    howTo: "Come usarla: nell'app di posta o di calendario, acceda con",
    userName: (email: string) => `  Nome utente: ${email}`,
    password: "  Password:    questa password per app, al posto della sua password",
    dashes: "Con o senza i trattini.",
    once: "Non verrà più mostrata: la copi ora nell'app, oppure la salvi in un file.",
    added: (name: string) => `${name} è stata creata.`,
    fileText: (name: string, email: string, password: string, made: string) =>
      `Password per app Twofold «${name}», creata il ${made}.\nNome utente: ${email}\nPassword: ${password}\n`,
  },
  sessions: {
    title: "Dove ha effettuato l'accesso",
    intro: "Ogni accesso, in un browser o in un terminale. Termini quelli che non riconosce.",
    on: (browser: string | null, os: string | null) =>
      browser && os
        ? `${browser} su ${os}`
        : (browser ?? (os ? `Un browser su ${os}` : "App o browser sconosciuto")),
    address: (ip: string, place: string | null) =>
      place ? `${ip || "indirizzo sconosciuto"} (vicino a ${place})` : ip,
    here: "questo terminale",
    times: (created: string, seen: string) => `accesso il ${created} · ultima attività ${seen}`,
    apps: (names: string[]) => `app: ${names.join(", ")}`,
    endConfirm: (what: string) => `Terminare la sessione di ${what}? Dovrà accedere di nuovo.`,
    endThisConfirm: "Terminare questa sessione? Uscirà da qui.",
    endOthersConfirm: "Terminare tutte le altre sessioni? Resta connesso solo questo terminale.",
    yesEnd: "Sì, termina",
    yesEndAll: "Sì, terminale tutte",
    no: "No, mantieni",
    ended: "La sessione è stata terminata.",
    endedOthers: (n: number) =>
      n === 0
        ? "Non c'era nessun'altra sessione da terminare."
        : n === 1
          ? "1 altra sessione è stata terminata."
          : `${n} altre sessioni sono state terminate.`,
    trusted: "Browser attendibili (saltano il secondo passaggio fino alla data indicata):",
    noTrusted: "Nessun browser attendibile.",
    trustedTimes: (created: string, used: string, until: string) =>
      `attendibile dal ${created} · ultimo utilizzo ${used} · fino al ${until}`,
    revokeConfirm: (what: string) =>
      `Non considerare più attendibile ${what}? Il prossimo accesso chiederà il secondo passaggio.`,
    yesRevoke: "Sì, non più attendibile",
    revoked: (what: string) => `${what} non è più attendibile.`,
  },
  browserPolicy: {
    title: "Accesso nel browser",
    intro: "Quanto dura un accesso in un browser web:",
    session_only: "Autenticarsi a ogni avvio del browser",
    session_onlyNote:
      "Termina quando il browser si chiude, dopo 30 minuti di inattività, o al più tardi dopo 12 ore.",
    remember: "Mantieni l'accesso",
    rememberNote: "Per 30 giorni di utilizzo, a meno che non esca.",
    current: " (attuale)",
    terminal:
      "Anche gli accessi dal terminale lo seguono: 30 minuti di inattività, 12 ore al massimo, o 30 giorni.",
    saved: (label: string) => `${label}: vale dal suo prossimo accesso.`,
  },
  changePassword: {
    title: "Cambi la sua password",
    intro: [
      "Tutte le password per app vengono revocate, i browser attendibili",
      "dimenticati, e lei esce da ogni altro luogo. Questo terminale resta connesso.",
    ],
    password: "Nuova password (almeno 10 caratteri)",
    again: "Nuova password, di nuovo",
    differ: "Le due password sono diverse. Le inserisca di nuovo.",
    done: (apps: number, sessions: number) =>
      `Password cambiata: ${apps === 1 ? "1 password per app revocata" : `${apps} password per app revocate`}, ${sessions === 1 ? "1 altra sessione terminata" : `${sessions} altre sessioni terminate`}.`,
  },
};
