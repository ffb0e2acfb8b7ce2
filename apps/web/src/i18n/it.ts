import { REASON_TEXT, RETRY_AT, RETRY_ON } from "@twofold/i18n";
import type { Messages } from "./en";
import { recoveryIt } from "./recovery/it";
import { accountRecoveryIt } from "./account-recovery/it";
import { safetyIt } from "./safety/it";
import { checkupIt } from "./checkup/it";
import { resetIt } from "./reset/it";
import { verifyEmailIt } from "./verify-email/it";
import { interactionIt } from "./interaction/it";
import { securityIt } from "./security/it";
import { passwordsIt } from "./passwords/it";
import { stumblesIt } from "./stumbles/it";
import { logToolsIt } from "./log-tools/it";
import { syncIt } from "./sync/it";
import { stepUpIt } from "./step-up/it";
import { otpLinkIt } from "./otp-link/it";

export const it: Messages = {
  app: {
    name: "Twofold",
    tagline: "Il suo account, protetto due volte",
    language: "Lingua",
    skipToContent: "Vai al contenuto",
    loading: "Caricamento…",
    notFound: "Questa pagina non esiste.",
    backHome: "Torna al suo account",
    offline: "Impossibile raggiungere il server. Controlli la connessione e riprovi.",
    retry: "Riprova",
  },
  menu: {
    open: (name: string) => `Menu dell'account di ${name}`,
    manageProfile: "Gestisci il mio profilo",
    signOut: "Esci",
  },
  signIn: {
    title: "Accedi",
    email: "Indirizzo email",
    password: "Password",
    remember: "Mantieni l'accesso su questo browser",
    rememberHint:
      "Lasci la casella deselezionata su un computer condiviso: dovrà accedere di nuovo a ogni avvio del browser.",
    submit: "Accedi",
    noAccount: "Non ha ancora un account?",
    createAccount: "Crea un account",
    passkey: "Accedi con una passkey",
    passkeyHint:
      "Senza email né password: la sua chiave di sicurezza o questo dispositivo conferma che è lei.",
  },
  signUp: {
    title: "Crei il suo account",
    name: "Il suo nome",
    email: "Indirizzo email",
    password: "Password",
    passwordHint: "Almeno 10 caratteri. L'ideale è una frase lunga e facile da ricordare.",
    submit: "Crea account",
    haveAccount: "Ha già un account?",
    signIn: "Accedi",
  },
  secondFactor: {
    trust: "Non chiedere più su questo browser per 30 giorni",
    trustHint:
      "Solo su un computer usato esclusivamente da lei. Cambiare la password o i metodi lo annulla.",
    trustFailed:
      "Non è stato possibile ricordare questo browser: la prossima volta verrà chiesto di nuovo il secondo passaggio.",
    title: "Verifica in due passaggi",
    intro: "Per la sicurezza del suo account, confermi che si tratta di lei.",
    totpLabel: "Codice dell'app di autenticazione",
    totpHint:
      "Apra l'app di autenticazione e inserisca il codice a 6 cifre che mostra per Twofold.",
    backupLabel: "Codice di backup",
    backupHint:
      "Inserisca uno dei codici di backup che ha conservato quando ha attivato la verifica in due passaggi. Ogni codice funziona una sola volta.",
    submit: "Verifica",
    otherMethod: "Usa un altro metodo",
    chooseMethod: "Scelga un metodo",
    cancel: "Annulla ed esci",
    remainingAfter: (n: number) =>
      n === 1 ? "Le rimane 1 codice di backup." : `Le rimangono ${n} codici di backup.`,
    keyTitle: "Usi la sua chiave di sicurezza",
    keyText:
      "Prema il pulsante, poi inserisca la chiave di sicurezza e la tocchi quando lampeggia, oppure confermi con la passkey di questo dispositivo.",
    keyButton: "Usa la chiave di sicurezza",
    deviceCodeOffer: "Usi invece il codice mostrato dal dispositivo",
    deviceCodeLabel: "Codice mostrato dal dispositivo",
    deviceCodeHint:
      "Quando una richiesta non raggiunge il dispositivo, questo mostra un codice di 6 cifre (nel terminale: tasto o).",
    pushTitle: "Controlli il suo dispositivo",
    pushNumberLabel: "Inserisca questo numero sul suo dispositivo",
    pushStarting: "Invio della richiesta al suo dispositivo…",
    pushWaiting: "In attesa della sua risposta sul dispositivo.",
    pushPlace: (near: string) => `Il dispositivo mostra da dove arriva questo accesso: ${near}.`,
    pushApproved: "Approvato sul suo dispositivo. Accesso in corso…",
    pushCancelled:
      "Questa richiesta di accesso è stata annullata. Ne invii una nuova per continuare.",
    pushExpires: (time: string) => `La richiesta scade alle ${time}.`,
    pushAgain: "Invia una nuova richiesta",
    smsTitle: "Ricevere un codice via SMS",
    smsText: "Inviamo un codice di 6 cifre via SMS al suo cellulare.",
    smsSend: "Invia un codice via SMS",
    smsSentTo: (to: string, time: string) => `Codice inviato al ${to}. Scade alle ${time}.`,
    smsResentTo: (to: string, time: string) =>
      `Un nuovo codice è stato inviato al ${to}; il precedente non funziona più. Scade alle ${time}.`,
    smsLabel: "Codice ricevuto via SMS",
    smsHint: "Inserisca le 6 cifre dell'SMS di Twofold.",
    smsAgain: "Invia un nuovo codice",
    smsOthers: "Invia a un altro numero",
  },
  methods: {
    totp: "App di autenticazione",
    totpDescription: "Codici generati da un'app come Google Authenticator, Aegis o 1Password.",
    webauthn: "Chiave di sicurezza",
    webauthnDescription:
      "Una YubiKey o qualsiasi chiave FIDO2, oppure una passkey su questo dispositivo.",
    backup_code: "Codice di backup",
    push: "Dispositivo di autenticazione",
    pushDescription: "Un telefono o un terminale che chiede «È lei?» e mostra l'accesso.",
    sms: "Messaggio di testo (SMS)",
    smsDescription: "Un codice inviato a un cellulare di Svizzera, Francia, Belgio o Germania.",
  },
  home: {
    greeting: (name: string) => `Le diamo il benvenuto, ${name}`,
    intro: "Posta, calendario e spazio di archiviazione, con un solo account.",
    manageProfile: "Gestisci il mio profilo",
    twoStepOn: "La verifica in due passaggi protegge questo account.",
    twoStepOff: "Il suo account è protetto solo da una password. Aggiunga un secondo passaggio.",
  },
  profile: {
    title: "Gestisci il mio profilo",
    personal: "Informazioni personali",
    name: "Nome",
    email: "Indirizzo email",
    memberSince: "Membro dal",
    security: "Sicurezza e recupero",
    securityIntro: "Come accede e come può recuperare l'accesso se perde il telefono.",
    twoStep: "Verifica in due passaggi",
    on: "Attivata",
    off: "Disattivata",
  },
  twoStep: {
    title: "Verifica in due passaggi",
    back: "Gestisci il mio profilo",
    statusOn: "La verifica in due passaggi è attiva",
    statusOnText: "Per accedere servono la sua password e uno dei metodi indicati qui sotto.",
    statusOff: "La verifica in due passaggi non è attiva",
    statusOffText:
      "Chiunque venga a conoscenza della sua password può accedere. Aggiunga un metodo qui sotto: la verifica in due passaggi si attiva con il primo.",
    methods: "I suoi metodi",
    noMethods: "Nessun metodo aggiunto.",
    added: "Aggiunto",
    platform: "Piattaforma",
    lastSeen: "Ultima connessione",
    phone: "Numero",
    lastUsed: "Ultimo utilizzo",
    never: "Mai",
    passkey: "Passkey",
    rename: "Rinomina",
    renameLabel: (name: string) => `Nuovo nome per ${name}`,
    save: "Salva",
    cancel: "Annulla",
    remove: "Rimuovi",
    removeTitle: (name: string) => `Rimuovere ${name}?`,
    removeText: "Non potrà più usarlo per accedere.",
    removed: (name: string) => `Il metodo ${name} è stato rimosso.`,
    renamed: "Nome salvato.",
    preferred: "Metodo preferito",
    preferredHint: "Viene proposto per primo quando accede.",
    preferredSaved: "Metodo preferito salvato.",
    addMethod: "Aggiungi un metodo",
    backupCodes: "Codici di backup",
    backupRemaining: (n: number) =>
      n === 1 ? "Rimane 1 codice non utilizzato." : `Rimangono ${n} codici non utilizzati.`,
    backupLow: "Rimangono pochi codici: ne generi di nuovi e li conservi.",
    regenerate: "Genera nuovi codici",
    regenerateText:
      "I codici di backup attuali smetteranno di funzionare. Confermi la sua identità.",
    turnOff: "Disattiva la verifica in due passaggi",
    turnOffText:
      "Da quel momento basterà la sola password per accedere al suo account. Tutti i suoi metodi e codici di backup verranno eliminati; per riattivare la verifica in due passaggi dovrà aggiungere di nuovo un metodo.",
    turnedOff: "La verifica in due passaggi è disattivata.",
  },
  addTOTP: {
    title: "Aggiungi un'app di autenticazione",
    nameLabel: "Nome di questo metodo",
    nameHint: "Per distinguere le sue app, ad esempio «Telefono».",
    defaultName: "App di autenticazione",
    continue: "Continua",
    scan: "1. Scansioni questo codice QR con l'app di autenticazione",
    qrAlt: "Codice QR per aggiungere Twofold a un'app di autenticazione",
    manual: "Non riesce a scansionarlo? Inserisca invece questa chiave nell'app:",
    copyKey: "Copia chiave",
    confirm: "2. Inserisca il codice a 6 cifre che l'app mostra ora",
    codeLabel: "Codice dell'app",
    submit: "Attiva",
    expires: (time: string) => `Questa configurazione scade alle ${time}.`,
    added: (name: string) => `Il metodo ${name} è stato aggiunto.`,
    cancel: "Annulla",
  },
  addKey: {
    title: "Aggiungi una chiave di sicurezza",
    intro:
      "Una YubiKey o qualsiasi chiave FIDO2, oppure una passkey conservata da questo dispositivo o dal suo gestore di password. L'accesso richiederà poi la password e un tocco sulla chiave.",
    nameLabel: "Nome di questa chiave",
    nameHint: "Per distinguere le sue chiavi.",
    namePlaceholder: "YubiKey 5C, blu",
    passkey: "Usala come passkey: accedi senza password",
    passkeyHint:
      "La chiave la farà accedere anche da sola, dopo il PIN o l'impronta digitale. Serve una chiave o un dispositivo che conservi le passkey.",
    submit: "Aggiungi chiave di sicurezza",
    waiting: "Segua le indicazioni del browser: inserisca la chiave e la tocchi quando lampeggia.",
    added: (name: string) => `${name} è stata aggiunta.`,
    cancel: "Annulla",
    ipHost:
      "Le chiavi di sicurezza funzionano solo a un indirizzo con un nome (localhost o il dominio del sito), non a un indirizzo IP.",
    ipOtherHost:
      "Apra Twofold tramite il suo nome di dominio per aggiungere una chiave di sicurezza.",
    openLocalhost: "Apri questa pagina su localhost",
  },
  addDevice: {
    title: "Aggiungi un dispositivo di autenticazione",
    intro:
      "Un telefono o un terminale che chiede «È lei?» quando qualcuno accede, mostra da dove proviene l'accesso e le permette di approvarlo o rifiutarlo.",
    nameLabel: "Nome di questo dispositivo",
    nameHint: "Per distinguere i suoi dispositivi.",
    defaultName: "Il mio telefono",
    continue: "Continua",
    phoneStep:
      "Su un telefono: scansioni questo codice QR con la fotocamera del telefono. Apre l'autenticatore Twofold nel browser del telefono, che aggiunge il telefono con un tocco.",
    typeCode: (address: string) => `Oppure apra ${address} sul telefono e inserisca questo codice:`,
    terminalBefore: "Nel terminale di un computer: esegua",
    terminalAfter: "e inserisca lo stesso codice.",
    needsHTTPS:
      "Questa pagina è aperta in HTTP semplice, quindi da qui non si può aggiungere un telefono: il browser di un telefono esegue l'autenticatore (il suo service worker e la sua chiave) solo su una pagina sicura HTTPS. Metta prima Twofold dietro TLS; il README di Twofold spiega come, in «A phone needs HTTPS». Un terminale funziona anche senza.",
    codeLabel: "Codice di registrazione",
    copyCode: "Copia codice",
    qrAlt:
      "Codice QR che apre l'autenticatore Twofold su un telefono con questo codice di registrazione",
    expires: (time: string) => `Questo codice scade alle ${time}.`,
    waiting: "In attesa del dispositivo…",
    expired: "Questo codice è scaduto prima che un dispositivo lo usasse.",
    startAgain: "Ricomincia",
    added: (name: string) => `Il dispositivo ${name} è stato aggiunto.`,
    cancel: "Annulla",
  },
  addSMS: {
    title: "Aggiungi un cellulare per gli SMS",
    intro: "Quando accede, Twofold può inviare un codice di 6 cifre via SMS a questo numero.",
    countryLabel: "Paese",
    phoneLabel: "Numero di cellulare",
    phoneHint: (example: string) =>
      `Per esempio ${example}. Funziona anche un numero scritto con il prefisso internazionale.`,
    send: "Invia un codice",
    sentTo: (to: string) => `Abbiamo inviato un codice al ${to}`,
    resent: "È stato inviato un nuovo codice. Il precedente non funziona più.",
    codeLabel: "Codice ricevuto via SMS",
    expires: (time: string) => `Il codice scade alle ${time}.`,
    submit: "Conferma",
    resend: "Invia un nuovo codice",
    changeNumber: "Cambia numero",
    added: (name: string) => `Il numero ${name} è stato aggiunto.`,
    cancel: "Annulla",
  },
  sms: {
    countries: { CH: "Svizzera", FR: "Francia", BE: "Belgio", DE: "Germania" },
    weakTitle: "L'SMS è il metodo più debole",
    weakText:
      "Un codice inviato via SMS può essere intercettato, e qualcuno può impossessarsi del suo numero facendolo trasferire sulla propria scheda SIM («SIM swap»). Preferisca un metodo più sicuro:",
  },
  keyErrors: {
    cancelled: "La richiesta alla chiave di sicurezza è stata annullata o è scaduta. Riprovi.",
    alreadyRegistered:
      "Questa chiave di sicurezza è già registrata per il suo account. Usi un'altra chiave, oppure rinomini quella che ha.",
    wrongDomain:
      "Le chiavi di sicurezza non possono essere usate a questo indirizzo. Apra Twofold tramite localhost o il suo nome di dominio, non tramite un indirizzo IP.",
    unsupported: "Questo browser non può usare chiavi di sicurezza. Provi un browser aggiornato.",
    keyCannot:
      "Questa chiave di sicurezza non può fare ciò che è richiesto (una passkey richiede un PIN o un'impronta digitale).",
    failed: "Non è stato possibile usare la chiave di sicurezza. Riprovi.",
  },
  backupCodes: {
    title: "I suoi codici di backup",
    intro:
      "Se perde il telefono, ciascuno di questi codici le consente di accedere una volta. Li conservi in un luogo sicuro, ad esempio in un gestore di password o su carta. Vengono mostrati solo questa volta.",
    copy: "Copia",
    copied: "Copiato",
    download: "Scarica .txt",
    print: "Stampa",
    stored: "Ho conservato questi codici",
    orTypeOne: "Oppure ne inserisca uno per dimostrare di averlo conservato",
    typeOneWrong: "Questo non è uno dei codici indicati sopra.",
    done: "Fine",
    fileHeader: (email: string, date: string) =>
      `Codici di backup Twofold per ${email}, generati il ${date}.\nOgni codice funziona una sola volta.`,
    leaveWarning: "Non ha confermato di aver conservato i codici di backup.",
  },
  password: {
    title: "Confermi che si tratta di lei",
    text: "Confermi la sua identità per continuare.",
    label: "Password",
    submit: "Conferma",
    cancel: "Annulla",
    wrong: "Questa password non è corretta.",
  },
  ...securityIt,
  ...stumblesIt,
  ...logToolsIt,
  ...passwordsIt,
  ...syncIt,
  ...stepUpIt,
  ...otpLinkIt,
  ...resetIt,
  ...safetyIt,
  ...checkupIt,
  ...recoveryIt,
  ...accountRecoveryIt,
  ...verifyEmailIt,
  ...interactionIt,
  reasons: REASON_TEXT.it,
  retryAt: RETRY_AT.it,
  retryOn: RETRY_ON.it,
  copyFailed: "Copia non riuscita: selezioni il testo e lo copi manualmente.",
};
