import type { Text } from "../text";
import { ACCOUNT_TEXTS, type BrowserPolicy } from "../text-account";
import { SECURITY_TEXTS } from "../text-security";
import { SIGN_UP_TEXTS } from "../text-sign-up";

/** Il terminale in italiano, con le parole del web («verifica in due passaggi», «lei»). */
export const it: Text = {
  title: "Twofold",
  connecting: (server: string) => `Connessione a ${server}…`,
  offline: (server: string) => `Impossibile raggiungere il server ${server}.`,
  offlineHint: "Controlli che sia in funzione e che l'indirizzo sia corretto.",
  welcome: {
    title: "Benvenuti in Twofold",
    signIn: "Accedi",
    signUp: "Crea un account",
    quit: "Esci",
  },
  signIn: {
    title: "Accedi",
    email: "Indirizzo email",
    password: "Password",
    remember: "Mantieni l'accesso",
  },
  signUp: {
    title: "Crei il suo account",
    name: "Nome",
    email: "Indirizzo email",
    password: "Password (almeno 10 caratteri)",
  },
  secondFactor: {
    title: "Verifica in due passaggi",
    totp: "Codice dell'app di autenticazione",
    backup_code: "Codice di backup",
    sms: "Codice ricevuto via SMS",
    smsTo: (masked: string) => `SMS al ${masked}`,
    other: "Usa un altro metodo",
    choose: "Scelga un metodo",
    remaining: (n: number) =>
      n === 1 ? "Le rimane 1 codice di backup." : `Le rimangono ${n} codici di backup.`,
    keys: {
      verify: "Invio verifica",
      newCode: "Ctrl+R nuovo codice",
      other: "Tab altro metodo",
      cantUse: "Tab non riesce?",
      cancel: "Esc annulla ed esci",
    },
  },
  methods: {
    totp: "App di autenticazione",
    webauthn: "Chiave di sicurezza",
    push: "Dispositivo di autenticazione",
    sms: "Messaggio di testo (SMS)",
    backup_code: "Codice di backup",
  },
  securityKey: {
    title: "Aggiungi una chiave di sicurezza",
    text: (server: string) =>
      `Una chiave di sicurezza (YubiKey o qualsiasi chiave FIDO2) o una passkey si aggiunge in un browser web: apra ${server}, poi Gestisci il mio profilo › Sicurezza e recupero › Verifica in due passaggi › Aggiungi un metodo › Chiave di sicurezza. Comparirà poi qui, dove potrà rinominarla o rimuoverla.`,
    passkey: "passkey",
  },
  settings: {
    title: "Verifica in due passaggi",
    signedInAs: (name: string) => `Accesso effettuato come ${name}`,
    on: "ATTIVA: per accedere servono la password e uno dei suoi metodi.",
    off: "NON ATTIVA: la sola password apre il suo account. Aggiunga un metodo per attivarla.",
    methods: "I suoi metodi",
    none: "Nessun metodo aggiunto.",
    added: "aggiunto il",
    lastUsed: "ultimo utilizzo:",
    never: "mai",
    preferred: "preferito",
    addOTP: "Aggiungi un'app di autenticazione",
    addKey: "Aggiungi una chiave di sicurezza",
    addSMS: "Aggiungi un cellulare per i messaggi di testo (SMS)",
    smsWeak: "L'SMS è il metodo più debole: uno «SIM swap» può rubare i suoi codici.",
    smsAddStronger: "Aggiunga un'app di autenticazione, una chiave o un dispositivo.",
    smsUseStronger: "Quando può, acceda con gli altri suoi metodi: sono più sicuri.",
    backupCodes: (n: number) => `Codici di backup (ne restano ${n}): genera nuovi codici`,
    turnOff: "Disattiva la verifica in due passaggi",
    log: "Registro di sicurezza",
    appPasswords: "Password per app",
    sessions: "Dove ha effettuato l'accesso",
    browserPolicy: (policy: BrowserPolicy | null) =>
      policy === null
        ? "Accesso nel browser"
        : `Accesso nel browser: ${policy === "session_only" ? "a ogni avvio" : "mantieni l'accesso"}`,
    changePassword: "Cambia password",
    signOut: "Esci dall'account",
    quit: "Chiudi",
  },
  factor: {
    rename: "Rinomina",
    remove: "Rimuovi",
    back: "Indietro",
    newName: "Nuovo nome",
    removeConfirm: (name: string) => `Rimuovere ${name}? Non potrà più usarlo per accedere.`,
    removeLast:
      "È il suo ultimo metodo: la verifica in due passaggi si disattiva e i suoi codici di backup vengono eliminati.",
    yes: "Sì, rimuovi",
    no: "No, mantieni",
    renamed: (label: string) => `Rinominato in ${label}.`,
  },
  addTOTP: {
    title: "Aggiungi un'app di autenticazione",
    name: "Nome di questo metodo",
    defaultName: "App di autenticazione",
    scan: "Scansioni questo codice con l'app di autenticazione:",
    key: "Oppure inserisca questa chiave nell'app:",
    code: "Codice che l'app mostra ora",
    expires: (time: string) => `Questa configurazione scade alle ${time}.`,
    tooSmall: (columns: number, rows: number) =>
      `Ingrandisca il terminale ad almeno ${columns}×${rows} per vedere il codice QR, oppure inserisca la chiave qui sotto.`,
  },
  sms: {
    title: "Aggiungi un cellulare per i messaggi di testo",
    weak: "L'SMS è il metodo più debole: un'app di autenticazione o una chiave di sicurezza è più sicura.",
    country: "Paese del numero di cellulare:",
    countryItem: (name: string, prefix: string) => `${name} (${prefix})`,
    number: "Numero di cellulare",
    numberHint: (name: string, prefix: string, example: string) =>
      `Un numero di cellulare (${name}), ad esempio ${example} (o con ${prefix}).`,
    sending: "Invio di un codice via SMS…",
    sentTo: (masked: string) => `Codice inviato al ${masked}.`,
    resentTo: (masked: string) =>
      `Un nuovo codice è stato inviato al ${masked}; il precedente non funziona più.`,
    expires: (time: string) => `Scade alle ${time}.`,
    code: "Codice ricevuto via SMS",
    added: (label: string) => `Il numero ${label} è stato aggiunto.`,
  },
  backupCodes: {
    title: "I suoi codici di backup",
    intro:
      "Ogni codice le permette di accedere una volta se perde il telefono. Vengono mostrati solo questa volta.",
    stored: "Ho conservato questi codici",
  },
  saveFile: {
    file: "Nome del file",
    saved: (file: string) => `Salvato in ${file} (leggibile solo da lei).`,
    exists: (file: string) => `${file} esiste già: scelga un altro nome.`,
    failed: (file: string, code: string) => `Impossibile scrivere ${file} (${code}).`,
  },
  ...ACCOUNT_TEXTS.it,
  password: {
    title: "Confermi che si tratta di lei",
    label: "Password",
    wrong: "Questa password non è corretta.",
  },
  turnOff: {
    title: "Disattiva la verifica in due passaggi",
    text: "Da quel momento basterà la sola password per aprire il suo account. Tutti i suoi metodi e codici di backup verranno eliminati.",
    regenerate: "I codici di backup attuali smettono di funzionare e ne vengono mostrati 10 nuovi.",
  },
  ...SECURITY_TEXTS.it,
  ...SIGN_UP_TEXTS.it,
  more: (above: number, below: number) =>
    `  ${[above > 0 && `↑ altri ${above}`, below > 0 && `↓ altri ${below}`].filter(Boolean).join(" · ")}`,
  keys: {
    menu: "↑↓/j/k sposta · Invio scegli · Esc indietro · q esci",
    top: "↑↓/j/k sposta · Invio scegli · q esci",
    form: "Tab/↑↓ campo successivo · Invio invia · Esc indietro · Ctrl+C esci",
    formFirst: "Tab/↑↓ campo successivo · Invio invia · Ctrl+C esci",
    input: "Invio invia · Esc indietro · Ctrl+C esci",
    codes: "s salva in un file · Invio li ho conservati · Ctrl+C esci",
    saveFile: "Invio salva · Esc annulla",
    appPasswords: "↑↓/j/k sposta · Invio revoca · n nuova · a revoca tutte · Esc indietro · q esci",
    scopes: "↑↓/j/k sposta · Spazio scegli · a tutto · Invio avanti · Esc indietro",
    shown: "s salva in un file · Invio fine (poi viene cancellata) · Ctrl+C esci",
    sessions: "↑↓ · Invio termina · o tutte le altre · Tab attendibili · Esc indietro · q esci",
    sessionsOnly: "↑↓/j/k sposta · Invio termina · o termina le altre · Esc indietro · q esci",
    trusted: "↑↓/j/k · Invio non più attendibile · Tab sessioni · Esc indietro · q esci",
    scroll: "↑↓/j/k scorri · Spazio/PagGiù/PagSu pagina · Esc indietro · q esci",
    offline: "r riprova · q esci",
    back: "Invio o Esc indietro · q esci",
    smsCode: "Invio conferma · Ctrl+R nuovo codice · Esc indietro · Ctrl+C esci",
  },
};
