import { intlLocale } from "./localized";
import type { Locale } from "@twofold/i18n";

/**
 * What the approver (`twofold approve`) and the two device screens of the settings say, in the
 * four languages. Read at render time: `APPROVER_TEXT[currentLocale()]`.
 */
const en = {
  enroll: {
    title: "Make this terminal an authenticator device",
    where: "In the settings (web or terminal): Add an authenticator device.",
    typeCode: "Type the enrollment code it shows (valid 10 minutes).",
    code: "Enrollment code",
    name: "Name of this device",
    defaultName: (host: string) => `Terminal on ${host}`,
    keys: "Tab next · Enter enroll · Esc quit",
  },
  waiting: {
    title: "Authenticator device",
    waitingFor: (account: string) => `Waiting for sign-in requests for ${account}…`,
    server: (url: string) => `Server: ${url}`,
    connected: "Connected to the push gateway.",
    noGateway: "No push gateway: asking the server every few seconds.",
    connecting: "Reaching the push gateway…",
    recovery: (account: string, ends: string) =>
      `Someone started to recover ${account}; it ends ${ends}. If it wasn't you, press c to cancel it.`,
    recoveryCancelled: "The recovery was cancelled. It cannot be resumed.",
    offlineCode: "Offline code:",
    keys: (recovery: boolean, codeShown: boolean) =>
      `${recovery ? "c cancel the recovery · " : ""}o ${codeShown ? "hide" : "show"} the offline code · q quit`,
  },
  request: {
    title: "Is this you signing in?",
    account: "Account:",
    browser: "Browser:",
    ip: "IP address:",
    unknown: "unknown",
    place: (place: string) => `Place: near ${place}`,
    time: "Time:",
    expiresIn: (seconds: number) => `Expires in ${seconds} s`,
    yes: "YES, it's me",
    no: "NO, it's not me",
    report: "NO, and report it",
    number: "Number shown on the login page",
    sending: "Sending your answer…",
    retrying: "Sending… the server cannot be reached; trying again until it has your answer.",
    keysAsk: "↑↓/j/k move · Enter choose · q quit (the request stays open)",
    keysNumber: "type the number · Enter approve · Esc back · q quit",
    keysSending: "sending… · Ctrl+C quit (the answer would not be sent)",
  },
  ended: {
    approved: "Approved: the browser is signing in.",
    denied: "Refused.",
    reported:
      "Reported. Change your password now: someone knows it. Requests are paused for 20 minutes.",
    answered_elsewhere: "This request was answered on another device.",
    cancelled: "This sign-in was cancelled.",
    expired: "This request expired.",
    wrong_number: "Wrong number: this sign-in was stopped. Ask for a new one if it was you.",
  },
  userAgent: {
    unknown: "unknown browser",
    aBrowser: "A browser",
    on: (browser: string, os: string) => `${browser} on ${os}`,
  },
  menu: {
    thisTerminal: "Use this terminal as an authenticator device",
    addDevice: "Add an authenticator device",
  },
  enrollTerminal: {
    title: "This terminal as an authenticator device",
    intro: "This terminal will answer “Is this you signing in?” for your account.",
    name: "Name of this device",
    already: (account: string) =>
      `This terminal is already an authenticator device for ${account}.`,
    done: (account: string) => `This terminal is now an authenticator device for ${account}.`,
    run: "To answer sign-in requests, run:",
    codesNext: "Two-step verification is now on. Enter: your backup codes (shown once).",
    keysName: "Enter enroll · Esc back",
    keysDone: "Enter continue · Esc back",
  },
  addDevice: {
    title: "Add an authenticator device",
    name: "Name of the device",
    defaultName: "Phone",
    scan: "Scan with the phone's camera: it opens the Twofold authenticator.",
    orType: (address: string) => `Or open ${address} and type this code:`,
    terminal: "On a terminal: twofold approve, then the same code.",
    expires: (time: string) => `Valid until ${time}.`,
    waiting: "Waiting for the device…",
    expired: "This code expired. Enter: a new code.",
    added: (name: string) => `${name} was added.`,
    tooSmall: (columns: number, rows: number) =>
      `Make the terminal at least ${columns}×${rows} to see the QR code.`,
    keysName: "Enter continue · Esc back",
    keysCode: "Esc back",
    keysExpired: "Enter new code · Esc back",
  },
};

export type ApproverText = typeof en;

const fr: ApproverText = {
  enroll: {
    title: "Faire de ce terminal un appareil d'authentification",
    where: "Dans les réglages (web ou terminal) : Ajouter un appareil d'authentification.",
    typeCode: "Tapez le code d'inscription affiché (valable 10 minutes).",
    code: "Code d'inscription",
    name: "Nom de cet appareil",
    defaultName: (host) => `Terminal sur ${host}`,
    keys: "Tab suivant · Entrée inscrire · Échap quitter",
  },
  waiting: {
    title: "Appareil d'authentification",
    waitingFor: (account) => `En attente de demandes de connexion pour ${account}…`,
    server: (url) => `Serveur : ${url}`,
    connected: "Connecté à la passerelle push.",
    noGateway: "Pas de passerelle push : le serveur est interrogé toutes les quelques secondes.",
    connecting: "Connexion à la passerelle push…",
    recovery: (account, ends) =>
      `Quelqu'un a lancé la récupération de ${account} ; elle se termine ${ends}. Si ce n'est pas vous, appuyez sur c pour l'annuler.`,
    recoveryCancelled: "La récupération a été annulée. Elle ne peut pas reprendre.",
    offlineCode: "Code hors ligne :",
    keys: (recovery, codeShown) =>
      `${recovery ? "c annuler la récupération · " : ""}o ${codeShown ? "masquer" : "afficher"} le code hors ligne · q quitter`,
  },
  request: {
    title: "Est-ce vous qui vous connectez ?",
    account: "Compte :",
    browser: "Navigateur :",
    ip: "Adresse IP :",
    unknown: "inconnue",
    place: (place) => `Lieu : près de ${place}`,
    time: "Heure :",
    expiresIn: (seconds) => `Expire dans ${seconds} s`,
    yes: "OUI, c'est moi",
    no: "NON, ce n'est pas moi",
    report: "NON, et le signaler",
    number: "Nombre affiché sur la page de connexion",
    sending: "Envoi de votre réponse…",
    retrying:
      "Envoi… le serveur est injoignable ; nouvel essai jusqu'à ce qu'il ait votre réponse.",
    keysAsk: "↑↓/j/k déplacer · Entrée choisir · q quitter (la demande reste ouverte)",
    keysNumber: "tapez le nombre · Entrée approuver · Échap retour · q quitter",
    keysSending: "envoi… · Ctrl+C quitter (la réponse ne serait pas envoyée)",
  },
  ended: {
    approved: "Approuvé : le navigateur se connecte.",
    denied: "Refusé.",
    reported:
      "Signalé. Changez votre mot de passe maintenant : quelqu'un le connaît. Les demandes sont suspendues 20 minutes.",
    answered_elsewhere: "Cette demande a reçu une réponse sur un autre appareil.",
    cancelled: "Cette connexion a été annulée.",
    expired: "Cette demande a expiré.",
    wrong_number:
      "Mauvais nombre : cette connexion a été arrêtée. Demandez-en une nouvelle si c'était vous.",
  },
  userAgent: {
    unknown: "navigateur inconnu",
    aBrowser: "Un navigateur",
    on: (browser, os) => `${browser} sur ${os}`,
  },
  menu: {
    thisTerminal: "Utiliser ce terminal comme appareil d'authentification",
    addDevice: "Ajouter un appareil d'authentification",
  },
  enrollTerminal: {
    title: "Ce terminal comme appareil d'authentification",
    intro: "Ce terminal répondra à « Est-ce vous qui vous connectez ? » pour votre compte.",
    name: "Nom de cet appareil",
    already: (account) => `Ce terminal est déjà un appareil d'authentification de ${account}.`,
    done: (account) => `Ce terminal est maintenant un appareil d'authentification de ${account}.`,
    run: "Pour répondre aux demandes de connexion, lancez :",
    codesNext:
      "La validation en deux étapes est activée. Entrée : vos codes de secours (affichés une fois).",
    keysName: "Entrée inscrire · Échap retour",
    keysDone: "Entrée continuer · Échap retour",
  },
  addDevice: {
    title: "Ajouter un appareil d'authentification",
    name: "Nom de l'appareil",
    defaultName: "Téléphone",
    scan: "Scannez avec l'appareil photo du téléphone : il ouvre l'authentificateur Twofold.",
    orType: (address) => `Ou ouvrez ${address} et tapez ce code :`,
    terminal: "Sur un terminal : twofold approve, puis le même code.",
    expires: (time) => `Valable jusqu'à ${time}.`,
    waiting: "En attente de l'appareil…",
    expired: "Ce code a expiré. Entrée : un nouveau code.",
    added: (name) => `${name} a été ajouté.`,
    tooSmall: (columns, rows) =>
      `Agrandissez le terminal à au moins ${columns}×${rows} pour voir le code QR.`,
    keysName: "Entrée continuer · Échap retour",
    keysCode: "Échap retour",
    keysExpired: "Entrée nouveau code · Échap retour",
  },
};

const de: ApproverText = {
  enroll: {
    title: "Dieses Terminal als Authentifizierungsgerät einrichten",
    where: "In den Einstellungen (Web oder Terminal): Authentifizierungsgerät hinzufügen.",
    typeCode: "Geben Sie den angezeigten Registrierungscode ein (10 Minuten gültig).",
    code: "Registrierungscode",
    name: "Name dieses Geräts",
    defaultName: (host) => `Terminal auf ${host}`,
    keys: "Tab weiter · Enter registrieren · Esc beenden",
  },
  waiting: {
    title: "Authentifizierungsgerät",
    waitingFor: (account) => `Warte auf Anmeldeanfragen für ${account}…`,
    server: (url) => `Server: ${url}`,
    connected: "Mit dem Push-Gateway verbunden.",
    noGateway: "Kein Push-Gateway: der Server wird alle paar Sekunden gefragt.",
    connecting: "Push-Gateway wird erreicht…",
    recovery: (account, ends) =>
      `Jemand hat die Wiederherstellung von ${account} gestartet; sie endet ${ends}. Wenn Sie es nicht waren, drücken Sie c, um sie abzubrechen.`,
    recoveryCancelled:
      "Die Wiederherstellung wurde abgebrochen. Sie kann nicht fortgesetzt werden.",
    offlineCode: "Offline-Code:",
    keys: (recovery, codeShown) =>
      `${recovery ? "c Wiederherstellung abbrechen · " : ""}o Offline-Code ${codeShown ? "ausblenden" : "zeigen"} · q beenden`,
  },
  request: {
    title: "Melden Sie sich gerade an?",
    account: "Konto:",
    browser: "Browser:",
    ip: "IP-Adresse:",
    unknown: "unbekannt",
    place: (place) => `Ort: bei ${place}`,
    time: "Zeit:",
    expiresIn: (seconds) => `Läuft ab in ${seconds} s`,
    yes: "JA, das bin ich",
    no: "NEIN, das bin ich nicht",
    report: "NEIN, und melden",
    number: "Zahl auf der Anmeldeseite",
    sending: "Ihre Antwort wird gesendet…",
    retrying: "Senden… der Server ist nicht erreichbar; neuer Versuch, bis er Ihre Antwort hat.",
    keysAsk: "↑↓/j/k bewegen · Enter wählen · q beenden (die Anfrage bleibt offen)",
    keysNumber: "Zahl eingeben · Enter bestätigen · Esc zurück · q beenden",
    keysSending: "senden… · Ctrl+C beenden (die Antwort würde nicht gesendet)",
  },
  ended: {
    approved: "Bestätigt: der Browser meldet sich an.",
    denied: "Abgelehnt.",
    reported:
      "Gemeldet. Ändern Sie jetzt Ihr Passwort: jemand kennt es. Anfragen sind für 20 Minuten pausiert.",
    answered_elsewhere: "Diese Anfrage wurde auf einem anderen Gerät beantwortet.",
    cancelled: "Diese Anmeldung wurde abgebrochen.",
    expired: "Diese Anfrage ist abgelaufen.",
    wrong_number:
      "Falsche Zahl: diese Anmeldung wurde gestoppt. Fordern Sie eine neue an, wenn Sie es waren.",
  },
  userAgent: {
    unknown: "unbekannter Browser",
    aBrowser: "Ein Browser",
    on: (browser, os) => `${browser} auf ${os}`,
  },
  menu: {
    thisTerminal: "Dieses Terminal als Authentifizierungsgerät verwenden",
    addDevice: "Authentifizierungsgerät hinzufügen",
  },
  enrollTerminal: {
    title: "Dieses Terminal als Authentifizierungsgerät",
    intro: "Dieses Terminal beantwortet „Melden Sie sich gerade an?“ für Ihr Konto.",
    name: "Name dieses Geräts",
    already: (account) => `Dieses Terminal ist bereits ein Authentifizierungsgerät für ${account}.`,
    done: (account) => `Dieses Terminal ist jetzt ein Authentifizierungsgerät für ${account}.`,
    run: "Um Anmeldeanfragen zu beantworten, starten Sie:",
    codesNext:
      "Die Bestätigung in zwei Schritten ist jetzt aktiv. Enter: Ihre Backup-Codes (nur einmal gezeigt).",
    keysName: "Enter registrieren · Esc zurück",
    keysDone: "Enter weiter · Esc zurück",
  },
  addDevice: {
    title: "Authentifizierungsgerät hinzufügen",
    name: "Name des Geräts",
    defaultName: "Telefon",
    scan: "Mit der Kamera des Telefons scannen: sie öffnet den Twofold-Authenticator.",
    orType: (address) => `Oder ${address} öffnen und diesen Code eingeben:`,
    terminal: "In einem Terminal: twofold approve, dann derselbe Code.",
    expires: (time) => `Gültig bis ${time}.`,
    waiting: "Warte auf das Gerät…",
    expired: "Dieser Code ist abgelaufen. Enter: ein neuer Code.",
    added: (name) => `${name} wurde hinzugefügt.`,
    tooSmall: (columns, rows) =>
      `Vergrößern Sie das Terminal auf mindestens ${columns}×${rows}, um den QR-Code zu sehen.`,
    keysName: "Enter weiter · Esc zurück",
    keysCode: "Esc zurück",
    keysExpired: "Enter neuer Code · Esc zurück",
  },
};

const it: ApproverText = {
  enroll: {
    title: "Usare questo terminale come dispositivo di autenticazione",
    where: "Nelle impostazioni (web o terminale): Aggiungi un dispositivo di autenticazione.",
    typeCode: "Digiti il codice di registrazione mostrato (valido 10 minuti).",
    code: "Codice di registrazione",
    name: "Nome di questo dispositivo",
    defaultName: (host) => `Terminale su ${host}`,
    keys: "Tab avanti · Invio registra · Esc esci",
  },
  waiting: {
    title: "Dispositivo di autenticazione",
    waitingFor: (account) => `In attesa di richieste di accesso per ${account}…`,
    server: (url) => `Server: ${url}`,
    connected: "Collegato al gateway push.",
    noGateway: "Nessun gateway push: il server viene interrogato ogni pochi secondi.",
    connecting: "Collegamento al gateway push…",
    recovery: (account, ends) =>
      `Qualcuno ha avviato il recupero di ${account}; termina ${ends}. Se non è stato lei, prema c per annullarlo.`,
    recoveryCancelled: "Il recupero è stato annullato. Non può essere ripreso.",
    offlineCode: "Codice offline:",
    keys: (recovery, codeShown) =>
      `${recovery ? "c annulla il recupero · " : ""}o ${codeShown ? "nascondi" : "mostra"} il codice offline · q esci`,
  },
  request: {
    title: "Sta accedendo lei?",
    account: "Account:",
    browser: "Browser:",
    ip: "Indirizzo IP:",
    unknown: "sconosciuto",
    place: (place) => `Luogo: vicino a ${place}`,
    time: "Ora:",
    expiresIn: (seconds) => `Scade tra ${seconds} s`,
    yes: "SÌ, sono io",
    no: "NO, non sono io",
    report: "NO, e segnalalo",
    number: "Numero mostrato nella pagina di accesso",
    sending: "Invio della risposta…",
    retrying: "Invio… il server non è raggiungibile; nuovo tentativo finché non ha la risposta.",
    keysAsk: "↑↓/j/k sposta · Invio scegli · q esci (la richiesta resta aperta)",
    keysNumber: "digiti il numero · Invio approva · Esc indietro · q esci",
    keysSending: "invio… · Ctrl+C esci (la risposta non verrebbe inviata)",
  },
  ended: {
    approved: "Approvato: il browser sta accedendo.",
    denied: "Rifiutato.",
    reported:
      "Segnalato. Cambi subito la password: qualcuno la conosce. Le richieste sono sospese per 20 minuti.",
    answered_elsewhere: "Questa richiesta ha avuto risposta su un altro dispositivo.",
    cancelled: "Questo accesso è stato annullato.",
    expired: "Questa richiesta è scaduta.",
    wrong_number:
      "Numero sbagliato: questo accesso è stato fermato. Ne chieda uno nuovo se era lei.",
  },
  userAgent: {
    unknown: "browser sconosciuto",
    aBrowser: "Un browser",
    on: (browser, os) => `${browser} su ${os}`,
  },
  menu: {
    thisTerminal: "Usa questo terminale come dispositivo di autenticazione",
    addDevice: "Aggiungi un dispositivo di autenticazione",
  },
  enrollTerminal: {
    title: "Questo terminale come dispositivo di autenticazione",
    intro: "Questo terminale risponderà a «Sta accedendo lei?» per il suo account.",
    name: "Nome di questo dispositivo",
    already: (account) => `Questo terminale è già un dispositivo di autenticazione di ${account}.`,
    done: (account) => `Questo terminale è ora un dispositivo di autenticazione di ${account}.`,
    run: "Per rispondere alle richieste di accesso, esegua:",
    codesNext:
      "La verifica in due passaggi è attiva. Invio: i suoi codici di backup (mostrati una volta).",
    keysName: "Invio registra · Esc indietro",
    keysDone: "Invio continua · Esc indietro",
  },
  addDevice: {
    title: "Aggiungi un dispositivo di autenticazione",
    name: "Nome del dispositivo",
    defaultName: "Telefono",
    scan: "Scansioni con la fotocamera del telefono: apre l'autenticatore Twofold.",
    orType: (address) => `Oppure apra ${address} e digiti questo codice:`,
    terminal: "In un terminale: twofold approve, poi lo stesso codice.",
    expires: (time) => `Valido fino alle ${time}.`,
    waiting: "In attesa del dispositivo…",
    expired: "Questo codice è scaduto. Invio: un nuovo codice.",
    added: (name) => `${name} è stato aggiunto.`,
    tooSmall: (columns, rows) =>
      `Ingrandisca il terminale ad almeno ${columns}×${rows} per vedere il codice QR.`,
    keysName: "Invio continua · Esc indietro",
    keysCode: "Esc indietro",
    keysExpired: "Invio nuovo codice · Esc indietro",
  },
};

export const APPROVER_TEXT = { en, fr, de, it } satisfies Record<Locale, ApproverText>;

/** "14:05:32" in the person's locale and time zone: when a request was made. */
export function clockTimeIn(locale: Locale, iso: string): string {
  return new Date(iso).toLocaleTimeString(intlLocale(locale), {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
}

/** "12 Mar 2026, 14:05" in the person's locale and time zone. */
export function dateTimeIn(locale: Locale, iso: string): string {
  return new Date(iso).toLocaleString(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
  });
}
