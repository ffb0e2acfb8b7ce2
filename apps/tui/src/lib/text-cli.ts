import { intlLocale } from "./localized";
import type { Locale } from "@twofold/i18n";
import type { FactorView } from "@twofold/client";

/** Why a command line is refused (see `parseCli`). */
export type UsageReason =
  | "UNKNOWN_COMMAND"
  | "UNKNOWN_OPTION"
  | "MISSING_VALUE"
  | "NO_VALUE_TAKEN"
  | "SERVER_NOT_URL"
  | "SERVER_NOT_HTTP"
  | "JSON_ONLY_FOR_STATUS";

type MethodKind = FactorView["kind"];

/** "7 Dec 2026, 14:05" in the person's language and time zone. */
export function dateTime(iso: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(typeof iso === "string" ? new Date(iso) : iso);
}

const EXIT_CODES_EN = `Exit status:
  0    done (status: signed in)
  1    status: not signed in (no session, or the server refused it)
  2    wrong usage, or a screen without a terminal on standard input
  69   status: the server cannot be reached or did not answer (EX_UNAVAILABLE)
  70   an unexpected failure, a bug to report (EX_SOFTWARE)
  129  the terminal window closed (SIGHUP)
  130  stopped with Ctrl+C
  143  stopped with kill (SIGTERM)`;

const en = {
  noTerminal: "twofold: this screen needs a terminal; for scripts use `twofold status --json`",
  usageError: {
    UNKNOWN_COMMAND: (detail: string) => `twofold: unknown command: ${detail}`,
    UNKNOWN_OPTION: (detail: string) => `twofold: unknown option: ${detail}`,
    MISSING_VALUE: (detail: string) => `twofold: ${detail} needs a value`,
    NO_VALUE_TAKEN: (detail: string) => `twofold: ${detail} takes no value`,
    SERVER_NOT_URL: (detail: string) =>
      `twofold: --server must be a URL such as http://localhost:3000, not "${detail}"`,
    SERVER_NOT_HTTP: (detail: string) =>
      `twofold: --server must start with http:// or https://, not "${detail}"`,
    JSON_ONLY_FOR_STATUS: () => "twofold: --json goes with `twofold status` only",
  } satisfies Record<UsageReason, (detail: string) => string>,
  seeHelp: "See `twofold --help`.",
  usage: `Usage: twofold [approve | status [--json]] [--server URL]

Sign in to a Twofold server and manage two-step verification from the terminal.
  twofold          the settings: sign in, methods, backup codes, app passwords…
  twofold approve  this terminal as an authenticator device: it asks
                   "Is this you?" for sign-ins on the web
  twofold status   without a screen: is two-step on, which methods exist

  --server URL   the Twofold server (default: TWOFOLD_SERVER, else
                 http://localhost:3000)
  --json         status only: the answer as JSON, for scripts
  -h, --help     show this help

Keys: arrows or j/k move, Enter chooses, Esc goes back, q quits, Ctrl+C quits
at once (where codes are shown only once, q, Esc and Ctrl+C ask first).
The session is kept in $XDG_CONFIG_HOME/twofold (mode 0600);
"Sign out" forgets it.

${EXIT_CODES_EN}`,
  status: {
    notSignedIn: (server: string) => `Not signed in to ${server}: run \`twofold\` to sign in.`,
    unreachable: (server: string) => `${server} cannot be reached`,
    failed: (server: string, sentence: string) => `${server} did not answer: ${sentence}`,
    account: (email: string, server: string) => `Signed in as ${email} on ${server}`,
    on: "Two-step verification: on",
    off: "Two-step verification: off",
    preferred: (method: string) => `Preferred method: ${method}`,
    methods: "Methods:",
    noMethods: "No methods yet.",
    lastUsed: (date: string) => `last used ${date}`,
    neverUsed: "never used",
    backupCodes: (n: number) => (n === 1 ? "1 backup code left" : `${n} backup codes left`),
  },
  kinds: {
    totp: "Authenticator app",
    webauthn: "Security key",
    push: "Authenticator device",
    sms: "Text message",
  } satisfies Record<MethodKind, string>,
  shownOnce: {
    quitCodes: "Quit? These codes will not be shown again. y quit / n stay",
    leaveCodes: "Leave? These codes will not be shown again. y leave / n stay",
    quitPassword: "Quit? This password will not be shown again. y quit / n stay",
    leavePassword: "Leave? This password will not be shown again. y leave / n stay",
    keysCodes: "s save to file · Enter I have stored them · Esc back · q quit",
    keysPassword: "s save to file · Enter done (it is then cleared) · Esc back · q quit",
  },
  codesFile: (o: { email: string; server: string; made: string; codes: readonly string[] }) =>
    `Twofold backup codes for ${o.email} on ${o.server}, made ${o.made}\n` +
    `Each code works once. Keep this file where only you can read it.\n\n${o.codes.join("\n")}\n`,
};

/** The texts of the command line (usage, status, no terminal, the shown-once screens). */
export type CLIText = typeof en;

export const CLI_TEXT = {
  en,
  fr: {
    noTerminal:
      "twofold : cet écran a besoin d'un terminal ; pour les scripts, utilisez `twofold status --json`",
    usageError: {
      UNKNOWN_COMMAND: (detail) => `twofold : commande inconnue : ${detail}`,
      UNKNOWN_OPTION: (detail) => `twofold : option inconnue : ${detail}`,
      MISSING_VALUE: (detail) => `twofold : ${detail} demande une valeur`,
      NO_VALUE_TAKEN: (detail) => `twofold : ${detail} ne prend pas de valeur`,
      SERVER_NOT_URL: (detail) =>
        `twofold : --server doit être une URL comme http://localhost:3000, pas « ${detail} »`,
      SERVER_NOT_HTTP: (detail) =>
        `twofold : --server doit commencer par http:// ou https://, pas « ${detail} »`,
      JSON_ONLY_FOR_STATUS: () => "twofold : --json ne va qu'avec `twofold status`",
    },
    seeHelp: "Voir `twofold --help`.",
    usage: `Utilisation : twofold [approve | status [--json]] [--server URL]

Se connecter à un serveur Twofold et gérer la validation en deux étapes
depuis le terminal.
  twofold          les réglages : connexion, méthodes, codes de secours, mots de
                   passe d'application…
  twofold approve  ce terminal comme appareil d'authentification : il demande
                   « Est-ce vous ? » pour les connexions sur le web
  twofold status   sans écran : la validation en deux étapes est-elle active,
                   quelles méthodes existent

  --server URL   le serveur Twofold (par défaut : TWOFOLD_SERVER, sinon
                 http://localhost:3000)
  --json         status seulement : la réponse en JSON, pour les scripts
  -h, --help     afficher cette aide

Touches : flèches ou j/k pour se déplacer, Entrée pour choisir, Échap pour
revenir, q pour quitter, Ctrl+C pour quitter tout de suite (là où des codes ne
sont montrés qu'une fois, q, Échap et Ctrl+C demandent d'abord).
La session est gardée dans $XDG_CONFIG_HOME/twofold (mode 0600) ;
« Se déconnecter » l'oublie.

Code de sortie :
  0    terminé (status : connecté)
  1    status : pas connecté (pas de session, ou le serveur l'a refusée)
  2    mauvaise utilisation, ou un écran sans terminal sur l'entrée standard
  69   status : le serveur est injoignable ou n'a pas répondu (EX_UNAVAILABLE)
  70   une panne inattendue, un bogue à signaler (EX_SOFTWARE)
  129  la fenêtre du terminal a été fermée (SIGHUP)
  130  arrêté avec Ctrl+C
  143  arrêté avec kill (SIGTERM)`,
    status: {
      notSignedIn: (server) => `Pas connecté à ${server} : lancez \`twofold\` pour vous connecter.`,
      unreachable: (server) => `${server} est injoignable`,
      failed: (server, sentence) => `${server} n'a pas répondu : ${sentence}`,
      account: (email, server) => `Connecté en tant que ${email} sur ${server}`,
      on: "Validation en deux étapes : activée",
      off: "Validation en deux étapes : désactivée",
      preferred: (method) => `Méthode préférée : ${method}`,
      methods: "Méthodes :",
      noMethods: "Aucune méthode pour l'instant.",
      lastUsed: (date) => `utilisée le ${date}`,
      neverUsed: "jamais utilisée",
      backupCodes: (n) =>
        n <= 1 ? `${n} code de secours restant` : `${n} codes de secours restants`,
    },
    kinds: {
      totp: "Application d'authentification",
      webauthn: "Clé de sécurité",
      push: "Appareil d'authentification",
      sms: "SMS",
    },
    shownOnce: {
      quitCodes: "Quitter ? Ces codes ne seront plus affichés. y quitter / n rester",
      leaveCodes: "Partir ? Ces codes ne seront plus affichés. y partir / n rester",
      quitPassword: "Quitter ? Ce mot de passe ne sera plus affiché. y quitter / n rester",
      leavePassword: "Partir ? Ce mot de passe ne sera plus affiché. y partir / n rester",
      keysCodes: "s enregistrer · Entrée je les ai notés · Échap retour · q quitter",
      keysPassword: "s enregistrer · Entrée terminé (il est effacé) · Échap retour · q quitter",
    },
    codesFile: (o) =>
      `Codes de secours Twofold de ${o.email} sur ${o.server}, créés le ${o.made}\n` +
      `Chaque code ne sert qu'une fois. Gardez ce fichier là où vous seul pouvez le lire.\n\n` +
      `${o.codes.join("\n")}\n`,
  },
  de: {
    noTerminal:
      "twofold: Diese Ansicht braucht ein Terminal; für Skripte `twofold status --json` verwenden",
    usageError: {
      UNKNOWN_COMMAND: (detail) => `twofold: unbekannter Befehl: ${detail}`,
      UNKNOWN_OPTION: (detail) => `twofold: unbekannte Option: ${detail}`,
      MISSING_VALUE: (detail) => `twofold: ${detail} braucht einen Wert`,
      NO_VALUE_TAKEN: (detail) => `twofold: ${detail} nimmt keinen Wert`,
      SERVER_NOT_URL: (detail) =>
        `twofold: --server muss eine URL wie http://localhost:3000 sein, nicht „${detail}“`,
      SERVER_NOT_HTTP: (detail) =>
        `twofold: --server muss mit http:// oder https:// beginnen, nicht „${detail}“`,
      JSON_ONLY_FOR_STATUS: () => "twofold: --json gibt es nur mit `twofold status`",
    },
    seeHelp: "Siehe `twofold --help`.",
    usage: `Aufruf: twofold [approve | status [--json]] [--server URL]

Bei einem Twofold-Server anmelden und die Bestätigung in zwei Schritten im
Terminal verwalten.
  twofold          die Einstellungen: Anmeldung, Methoden, Backup-Codes,
                   App-Passwörter…
  twofold approve  dieses Terminal als Authentifizierungsgerät: Es fragt
                   „Sind Sie das?“ bei Anmeldungen im Web
  twofold status   ohne Ansicht: Ist die Bestätigung in zwei Schritten an,
                   welche Methoden gibt es

  --server URL   der Twofold-Server (Standard: TWOFOLD_SERVER, sonst
                 http://localhost:3000)
  --json         nur status: die Antwort als JSON, für Skripte
  -h, --help     diese Hilfe zeigen

Tasten: Pfeile oder j/k bewegen, Enter wählt, Esc geht zurück, q beendet,
Ctrl+C beendet sofort (wo Codes nur einmal gezeigt werden, fragen q, Esc und
Ctrl+C zuerst nach).
Die Sitzung liegt in $XDG_CONFIG_HOME/twofold (Modus 0600);
„Abmelden“ vergisst sie.

Exit-Status:
  0    fertig (status: angemeldet)
  1    status: nicht angemeldet (keine Sitzung, oder der Server lehnte sie ab)
  2    falscher Aufruf, oder eine Ansicht ohne Terminal an der Standardeingabe
  69   status: Server nicht erreichbar oder ohne Antwort (EX_UNAVAILABLE)
  70   ein unerwarteter Fehler, bitte melden (EX_SOFTWARE)
  129  das Terminalfenster wurde geschlossen (SIGHUP)
  130  mit Ctrl+C abgebrochen
  143  mit kill beendet (SIGTERM)`,
    status: {
      notSignedIn: (server) =>
        `Nicht bei ${server} angemeldet: \`twofold\` starten, um sich anzumelden.`,
      unreachable: (server) => `${server} ist nicht erreichbar`,
      failed: (server, sentence) => `${server} hat nicht geantwortet: ${sentence}`,
      account: (email, server) => `Angemeldet als ${email} bei ${server}`,
      on: "Bestätigung in zwei Schritten: an",
      off: "Bestätigung in zwei Schritten: aus",
      preferred: (method) => `Bevorzugte Methode: ${method}`,
      methods: "Methoden:",
      noMethods: "Noch keine Methoden.",
      lastUsed: (date) => `zuletzt verwendet ${date}`,
      neverUsed: "nie verwendet",
      backupCodes: (n) => (n === 1 ? "1 Backup-Code übrig" : `${n} Backup-Codes übrig`),
    },
    kinds: {
      totp: "Authenticator-App",
      webauthn: "Sicherheitsschlüssel",
      push: "Authentifizierungsgerät",
      sms: "SMS",
    },
    shownOnce: {
      quitCodes: "Beenden? Diese Codes werden nicht mehr angezeigt. y beenden / n bleiben",
      leaveCodes: "Verlassen? Diese Codes werden nicht mehr angezeigt. y verlassen / n bleiben",
      quitPassword: "Beenden? Dieses Passwort wird nicht mehr angezeigt. y beenden / n bleiben",
      leavePassword:
        "Verlassen? Dieses Passwort wird nicht mehr angezeigt. y verlassen / n bleiben",
      keysCodes: "s speichern · Enter ich habe sie notiert · Esc zurück · q beenden",
      keysPassword: "s speichern · Enter fertig (dann gelöscht) · Esc zurück · q beenden",
    },
    codesFile: (o) =>
      `Twofold-Backup-Codes für ${o.email} bei ${o.server}, erstellt am ${o.made}\n` +
      `Jeder Code gilt einmal. Bewahren Sie diese Datei so auf, dass nur Sie sie lesen können.\n\n` +
      `${o.codes.join("\n")}\n`,
  },
  it: {
    noTerminal:
      "twofold: questa schermata richiede un terminale; per gli script usare `twofold status --json`",
    usageError: {
      UNKNOWN_COMMAND: (detail) => `twofold: comando sconosciuto: ${detail}`,
      UNKNOWN_OPTION: (detail) => `twofold: opzione sconosciuta: ${detail}`,
      MISSING_VALUE: (detail) => `twofold: ${detail} richiede un valore`,
      NO_VALUE_TAKEN: (detail) => `twofold: ${detail} non accetta valori`,
      SERVER_NOT_URL: (detail) =>
        `twofold: --server deve essere un URL come http://localhost:3000, non «${detail}»`,
      SERVER_NOT_HTTP: (detail) =>
        `twofold: --server deve iniziare con http:// o https://, non «${detail}»`,
      JSON_ONLY_FOR_STATUS: () => "twofold: --json va solo con `twofold status`",
    },
    seeHelp: "Vedere `twofold --help`.",
    usage: `Uso: twofold [approve | status [--json]] [--server URL]

Accedere a un server Twofold e gestire la verifica in due passaggi
dal terminale.
  twofold          le impostazioni: accesso, metodi, codici di backup,
                   password per le app…
  twofold approve  questo terminale come dispositivo di autenticazione: chiede
                   «Sei tu?» per gli accessi sul web
  twofold status   senza schermata: la verifica in due passaggi è attiva,
                   quali metodi esistono

  --server URL   il server Twofold (predefinito: TWOFOLD_SERVER, altrimenti
                 http://localhost:3000)
  --json         solo status: la risposta in JSON, per gli script
  -h, --help     mostrare questo aiuto

Tasti: frecce o j/k per muoversi, Invio per scegliere, Esc per tornare,
q per uscire, Ctrl+C per uscire subito (dove i codici sono mostrati una volta
sola, q, Esc e Ctrl+C chiedono prima).
La sessione è conservata in $XDG_CONFIG_HOME/twofold (modo 0600);
«Esci» la dimentica.

Stato di uscita:
  0    fatto (status: connesso)
  1    status: non connesso (nessuna sessione, o il server l'ha rifiutata)
  2    uso errato, o una schermata senza terminale sull'input standard
  69   status: il server non è raggiungibile o non ha risposto (EX_UNAVAILABLE)
  70   un errore inatteso, da segnalare (EX_SOFTWARE)
  129  la finestra del terminale è stata chiusa (SIGHUP)
  130  interrotto con Ctrl+C
  143  terminato con kill (SIGTERM)`,
    status: {
      notSignedIn: (server) => `Non connesso a ${server}: eseguire \`twofold\` per accedere.`,
      unreachable: (server) => `${server} non è raggiungibile`,
      failed: (server, sentence) => `${server} non ha risposto: ${sentence}`,
      account: (email, server) => `Connesso come ${email} su ${server}`,
      on: "Verifica in due passaggi: attiva",
      off: "Verifica in due passaggi: non attiva",
      preferred: (method) => `Metodo preferito: ${method}`,
      methods: "Metodi:",
      noMethods: "Ancora nessun metodo.",
      lastUsed: (date) => `usato l'ultima volta ${date}`,
      neverUsed: "mai usato",
      backupCodes: (n) =>
        n === 1 ? "1 codice di backup rimasto" : `${n} codici di backup rimasti`,
    },
    kinds: {
      totp: "App di autenticazione",
      webauthn: "Chiave di sicurezza",
      push: "Dispositivo di autenticazione",
      sms: "SMS",
    },
    shownOnce: {
      quitCodes: "Uscire? Questi codici non saranno più mostrati. y esci / n resta",
      leaveCodes: "Lasciare? Questi codici non saranno più mostrati. y lascia / n resta",
      quitPassword: "Uscire? Questa password non sarà più mostrata. y esci / n resta",
      leavePassword: "Lasciare? Questa password non sarà più mostrata. y lascia / n resta",
      keysCodes: "s salva su file · Invio li ho conservati · Esc indietro · q esci",
      keysPassword: "s salva su file · Invio fatto (poi cancellata) · Esc indietro · q esci",
    },
    codesFile: (o) =>
      `Codici di backup Twofold per ${o.email} su ${o.server}, creati il ${o.made}\n` +
      `Ogni codice vale una volta. Conservare questo file dove solo voi potete leggerlo.\n\n` +
      `${o.codes.join("\n")}\n`,
  },
} satisfies Record<Locale, CLIText>;
