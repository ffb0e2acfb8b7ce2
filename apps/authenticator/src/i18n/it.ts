import type { Texts } from "./en";

export const it: Texts = {
  appName: "Autenticatore Twofold",
  loading: "Caricamento…",
  accounts: {
    title: "I tuoi account",
    empty: "Ancora nessun account su questo telefono.",
    add: "Aggiungi un account",
    remove: "Rimuovi da questo telefono",
    removeConfirm: (account) =>
      `Rimuovere ${account} da questo telefono? Le richieste di accesso non arriveranno più qui.`,
    removeYes: "Rimuovi",
    cancel: "Annulla",
    removed: (account) => `${account} è stato rimosso da questo telefono.`,
    offline: "Mostra un codice offline",
    waiting: "In attesa di richieste di accesso.",
  },
  enroll: {
    title: "Aggiungi questo telefono",
    intro:
      "Questo telefono approverà i tuoi accessi. La sua chiave è creata qui e non lo lascia mai.",
    code: "Codice di registrazione",
    codeHint: "Mostrato sotto il codice QR nelle impostazioni di sicurezza.",
    name: "Nome di questo telefono",
    submit: "Aggiungi questo telefono",
    scan: "Scansiona il codice QR",
    adding: "Aggiunta…",
    done: (account) => `Questo telefono ora approva gli accessi a ${account}.`,
  },
  scanner: {
    title: "Scansiona il codice QR",
    help: "Inquadra con la fotocamera il codice QR delle impostazioni di sicurezza.",
    close: "Chiudi la fotocamera",
    denied: "La fotocamera non è disponibile. Digita il codice.",
    notTwofold: "Questo codice QR non è un codice di registrazione Twofold.",
  },
  request: {
    title: "Sei tu?",
    intro: "Qualcuno sta accedendo al tuo account.",
    account: "Account",
    browser: "Browser",
    ip: "Indirizzo IP",
    place: "Luogo",
    near: (place) => `vicino a ${place}`,
    time: "Ora",
    unknown: "Sconosciuto",
    on: (browser, os) => `${browser} su ${os}`,
    expiresIn: (seconds) => `Scade tra ${seconds} s`,
    yes: "Sì",
    no: "No",
    report: "No, e segnalalo",
    number: "Numero mostrato nella pagina di accesso",
    confirm: "Approva",
    back: "Indietro",
    retrying: "Nessuna connessione al server. Nuovo tentativo di inviare la risposta…",
    sending: "Invio…",
    approved: "Approvato. L’accesso continua.",
    denied: "Rifiutato. Nessuno ha avuto accesso.",
    reported: "Rifiutato e segnalato. Abbiamo messo in sicurezza il tuo account.",
    cancelled: "Questo accesso è stato annullato.",
    answeredElsewhere: "Un altro dispositivo ha risposto a questo accesso.",
    expired: "Questa richiesta di accesso è scaduta.",
    wrongNumber:
      "Il numero non corrispondeva alla pagina di accesso, quindi l’accesso è stato rifiutato. Se eri tu, accedi di nuovo.",
    more: (count) => `Altre ${count} richieste in attesa.`,
  },
  notification: {
    title: (what) => `Richiesta di accesso: ${what}`,
    body: (account) => `${account}. Apri per rispondere.`,
    aBrowser: "un browser",
  },
  offline: {
    title: "Codice offline",
    help: "Digita questo codice nella pagina di accesso quando nessuna richiesta raggiunge questo telefono.",
    valid: (seconds) => `Valido ancora per ${seconds} secondi`,
    close: "Fatto",
  },
  notifications: {
    ask: "Consenti le notifiche",
    explain:
      "Con le notifiche, le richieste di accesso raggiungono questo telefono anche quando l’app è chiusa.",
    without:
      "Senza notifiche, le richieste arrivano solo mentre l’app è aperta: dovresti aprirla a ogni accesso.",
    denied:
      "Le notifiche sono bloccate per questa app. Le richieste arrivano solo mentre è aperta; consenti le notifiche nelle impostazioni del sito per riceverle sempre.",
    noPush:
      "Questo server non invia notifiche push: le richieste arrivano solo mentre l’app è aperta.",
    unsupported:
      "Questo browser non può ricevere notifiche push: le richieste arrivano solo mentre l’app è aperta. Su iPhone, aggiungi prima l’app alla schermata Home.",
    failed:
      "Non è stato possibile attivare le notifiche in questo browser: le richieste arrivano solo mentre l’app è aperta.",
    on: "Le notifiche sono attive.",
  },
  connection: {
    live: "Connesso: le richieste arrivano subito.",
    polling: "Ricerca di richieste ogni pochi secondi.",
  },
  install: {
    offer: "Installa l’app",
    why: "Installata, si apre dalla schermata Home come ogni app e si avvia anche senza connessione.",
    ios: "Per installarla: tocca Condividi, poi Aggiungi alla schermata Home. Su iPhone le notifiche funzionano solo per l’app installata.",
  },
  recovery: {
    pending: (when: string) =>
      `Qualcuno ha iniziato a recuperare questo account. Termina il ${when}: se non è stato lei, lo annulli subito.`,
    cancel: "Annulla questo recupero",
    cancelled: "Il recupero è stato annullato.",
  },
  reasons: {
    INVALID_CODE:
      "Questo codice di registrazione non è valido. Chiedine uno nuovo nelle impostazioni di sicurezza.",
    CODE_ALREADY_USED: "Questo codice di registrazione è già stato usato. Chiedine uno nuovo.",
    CHALLENGE_EXPIRED: "Questo codice di registrazione è scaduto. Chiedine uno nuovo.",
    RATE_LIMITED: "Troppi tentativi. Attendi un minuto e riprova.",
    NETWORK: "Nessuna connessione al server. Controlla la connessione e riprova.",
    DEVICE_NOT_FOUND: "Questo telefono non è più registrato per questo account.",
    INSECURE: "L’autenticatore ha bisogno di un indirizzo sicuro (https).",
    OTHER: "Qualcosa è andato storto. Riprova.",
  },
};
