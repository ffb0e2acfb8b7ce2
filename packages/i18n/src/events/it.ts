import type { Sentences } from "./types";
import { paren } from "./words";

export const it: Sentences = {
  account_created: () => "Account creato.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Accesso da un browser attendibile, senza secondo passaggio."
      : `Accesso con: ${d.named()}.`,
  sign_in_failed: (d) => `Accesso rifiutato: password errata${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Password accettata; è stato chiesto il secondo passaggio.",
  sign_in_rate_limited: (d) => `Troppi tentativi (${d.method()}): accesso sospeso per un po'.`,
  second_factor_failed: (d) => `Secondo passaggio non riuscito (${d.method()}).`,
  code_replay_refused: (d) => `Codice già usato rifiutato (${d.method()}).`,
  factor_locked: (d) => `Metodo bloccato per un po' dopo troppi tentativi errati: ${d.method()}.`,
  factor_disabled: (d) => `Metodo disattivato dopo 100 tentativi errati di fila: ${d.method()}.`,
  factor_enabled_again: (d) => `Metodo riattivato: ${d.method()}.`,
  factor_added: (d) => `Metodo aggiunto: ${d.named()}.`,
  factor_renamed: (d) => `Metodo rinominato (${d.method()}): ${d.quoted("label")}.`,
  factor_removed: (d) => `Metodo rimosso: ${d.named()}.`,
  two_factor_enabled: () => "Verifica in due passaggi attivata.",
  two_factor_disabled: () => "Verifica in due passaggi disattivata.",
  methods_confirmed: () =>
    "Confermato che i metodi di verifica in due passaggi funzionano ancora (controllo dei 30 giorni).",
  backup_code_used: (d) => {
    const n = d.count("remaining");
    return `Codice di backup usato: ${n === 1 ? "ne resta 1" : `ne restano ${n}`}.`;
  },
  backup_codes_generated: (d) => `${d.count("count")} nuovi codici di backup creati.`,
  preferred_factor_changed: (d) => `Metodo preferito: ${d.method()}.`,
  reauthenticated: (d) =>
    ["", "password"].includes(d.text("factor"))
      ? "Password confermata per una modifica di sicurezza."
      : `Identità confermata per una modifica di sicurezza con: ${d.named()}.`,
  signed_out: () => "Disconnessione.",
  cloned_key_suspected: (d) =>
    `Chiave di sicurezza ${d.quoted("label")} rifiutata: potrebbe essere stata copiata.`,
  push_approved: (d) => `Accesso approvato su ${d.quoted("device")}.`,
  push_denied: (d) => `Accesso rifiutato su ${d.quoted("device")}.`,
  push_reported: (d) =>
    `Richiesta di accesso segnalata su ${d.quoted("device")}; le richieste sono sospese.`,
  push_wrong_number: (d) => `Numero errato inserito su ${d.quoted("device")}: accesso rifiutato.`,
  sms_code_sent: (d) =>
    d.text("purpose") !== "sign_in"
      ? `Codice inviato via SMS al ${d.text("to")} per confermare il numero.`
      : `Codice di accesso inviato via SMS al ${d.text("to")}.`,
  sms_code_not_sent: (d) => `Non è stato possibile inviare il codice via SMS al ${d.text("to")}.`,
  app_password_created: (d) => `Password per app creata: ${d.quoted("name")}.`,
  app_password_revoked: (d) => `Password per app revocata: ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 password per app revocata" : `${n} password per app revocate`;
    const why = {
      password_changed: " dopo il cambio di password",
      not_me: " dopo «Non sono stato io»",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Password per app ${d.quoted("name")} usata per la prima volta${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Un'app${paren(p)} ha provato la password dell'account: rifiutata, serve una password per app.`;
      case "SCOPE_NOT_ALLOWED":
        return `Password per app ${d.quoted("name")} rifiutata: non apre ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Password per app ${d.quoted("name")} rifiutata: è scaduta.`;
      default:
        return `Accesso di un'app${paren(p)} rifiutato.`;
    }
  },
  password_changed: () => "Password cambiata.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Questo browser è stato disconnesso dall'elenco delle sessioni."
      : "Un'altra sessione è stata disconnessa.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 altra sessione disconnessa." : `${n} altre sessioni disconnesse.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Ora i browser chiedono di autenticarsi a ogni avvio."
      : "Ora i browser possono restare collegati.",
  browser_trusted: () => "Browser attendibile per 30 giorni: lì nessun secondo passaggio.",
  trusted_browser_revoked: () => "Un browser non è più attendibile.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `«Non sono stato io» segnalato: ${n === 1 ? "1 sessione chiusa" : `${n} sessioni chiuse`}.`;
  },
  locale_changed: (d) => `Lingua delle e-mail: ${d.language()}.`,
  recovery_address_set: (d) => `Indirizzo di recupero impostato: ${d.text("address")}.`,
  recovery_address_changed: (d) =>
    `Indirizzo di recupero cambiato da ${d.text("previous")} a ${d.text("address")}.`,
  recovery_address_removed: (d) => `Indirizzo di recupero ${d.text("address")} rimosso.`,
  recovery_phone_set: (d) => `Cellulare di recupero impostato: ${d.text("phone")}.`,
  recovery_phone_changed: (d) =>
    `Cellulare di recupero cambiato da ${d.text("previous")} a ${d.text("phone")}.`,
  recovery_phone_removed: (d) => `Cellulare di recupero ${d.text("phone")} rimosso.`,
  password_reset_requested: () => "È stato inviato per e-mail un link per reimpostare la password.",
  password_reset: (d) =>
    `Password reimpostata con un link ricevuto per e-mail: ${d.count("sessionsEnded")} sessioni chiuse, ${d.count("appPasswordsRevoked")} password per applicazioni revocate.`,
  account_recovery_link_sent: (d) =>
    `Un link di recupero dell'account è stato inviato all'indirizzo di recupero ${d.text("address")}.`,
  account_recovery_refused: (d) =>
    `Recupero dell'account rifiutato: ${d.text("reason") === "RECOVERY_PROOF_MISSING" ? "nessuna prova fornita" : "prova errata"}.`,
  account_recovery_started: () =>
    "Recupero dell'account avviato: attende prima di poter essere completato. Lo interrompa se non è stato lei.",
  account_recovery_reminder: () => "Promemoria: un recupero dell'account in attesa finisce presto.",
  account_recovery_cancelled: () => "Recupero dell'account interrotto.",
  account_recovery_completed: () =>
    "Recupero dell'account completato: nuova password, verifica in due passaggi disattivata, tutte le sessioni chiuse.",
  sign_up_attempted: () =>
    "Qualcuno ha provato a registrarsi con questo indirizzo; non è cambiato niente (un'e-mail glielo ha detto).",
  sign_up_repeated: () =>
    "Nuova registrazione prima della conferma dell'indirizzo: una nuova password attende e un nuovo codice è stato inviato.",
  verification_code_sent: () => "È stato inviato un codice per confermare l'indirizzo.",
  email_verified: () => "Indirizzo confermato; accesso eseguito.",
  app_signed_in: (d) => `Accesso a ${d.quoted("app")} tramite Twofold.`,
  app_authorized: (d) => `L'app ${d.quoted("app")} ora può vedere il tuo account.`,
};
