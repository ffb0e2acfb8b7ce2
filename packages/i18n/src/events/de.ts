import type { Sentences } from "./types";
import { paren } from "./words";

export const de: Sentences = {
  account_created: () => "Konto erstellt.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Anmeldung in einem vertrauenswürdigen Browser, ohne zweiten Schritt."
      : `Anmeldung mit: ${d.named()}.`,
  sign_in_failed: (d) => `Anmeldung abgelehnt: falsches Passwort${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Passwort akzeptiert; der zweite Schritt wurde verlangt.",
  sign_in_rate_limited: (d) =>
    `Zu viele Versuche (${d.method()}): Anmeldung vorübergehend gesperrt.`,
  second_factor_failed: (d) => `Zweiter Schritt fehlgeschlagen (${d.method()}).`,
  code_replay_refused: (d) => `Bereits verwendeter Code abgelehnt (${d.method()}).`,
  factor_locked: (d) =>
    `Methode nach zu vielen falschen Versuchen vorübergehend gesperrt: ${d.method()}.`,
  factor_disabled: (d) =>
    `Methode nach 100 falschen Versuchen in Folge ausgeschaltet: ${d.method()}.`,
  factor_enabled_again: (d) => `Methode wieder eingeschaltet: ${d.method()}.`,
  factor_added: (d) => `Methode hinzugefügt: ${d.named()}.`,
  factor_renamed: (d) => `Methode umbenannt (${d.method()}): ${d.quoted("label")}.`,
  factor_removed: (d) => `Methode entfernt: ${d.named()}.`,
  two_factor_enabled: () => "Bestätigung in zwei Schritten aktiviert.",
  two_factor_disabled: () => "Bestätigung in zwei Schritten deaktiviert.",
  methods_confirmed: () =>
    "Bestätigt, dass die Methoden der Bestätigung in zwei Schritten noch funktionieren (30-Tage-Prüfung).",
  backup_code_used: (d) => `Backup-Code verwendet: noch ${d.count("remaining")} übrig.`,
  backup_codes_generated: (d) => `${d.count("count")} neue Backup-Codes erstellt.`,
  preferred_factor_changed: (d) => `Bevorzugte Methode: ${d.method()}.`,
  reauthenticated: (d) =>
    ["", "password"].includes(d.text("factor"))
      ? "Passwort für eine Sicherheitsänderung bestätigt."
      : `Identität für eine Sicherheitsänderung bestätigt mit: ${d.named()}.`,
  signed_out: () => "Abgemeldet.",
  cloned_key_suspected: (d) =>
    `Sicherheitsschlüssel ${d.quoted("label")} abgelehnt: Er wurde vielleicht kopiert.`,
  push_approved: (d) => `Anmeldung auf ${d.quoted("device")} bestätigt.`,
  push_denied: (d) => `Anmeldung auf ${d.quoted("device")} abgelehnt.`,
  push_reported: (d) => `Anmeldeanfrage auf ${d.quoted("device")} gemeldet; Anfragen pausiert.`,
  push_wrong_number: (d) =>
    `Falsche Zahl auf ${d.quoted("device")} eingegeben: Anmeldung abgelehnt.`,
  sms_code_sent: (d) =>
    d.text("purpose") !== "sign_in"
      ? `Code per SMS an ${d.text("to")} gesendet, um die Nummer zu bestätigen.`
      : `Anmeldecode per SMS an ${d.text("to")} gesendet.`,
  sms_code_not_sent: (d) => `Der Code per SMS an ${d.text("to")} konnte nicht gesendet werden.`,
  app_password_created: (d) => `App-Passwort erstellt: ${d.quoted("name")}.`,
  app_password_revoked: (d) => `App-Passwort widerrufen: ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what = n === 1 ? "1 App-Passwort widerrufen" : `${n} App-Passwörter widerrufen`;
    const why = {
      password_changed: ", weil das Passwort geändert wurde",
      not_me: " nach „Das war ich nicht“",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `App-Passwort ${d.quoted("name")} zum ersten Mal verwendet${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Eine App${paren(p)} hat das Kontopasswort versucht: abgelehnt, sie braucht ein App-Passwort.`;
      case "SCOPE_NOT_ALLOWED":
        return `App-Passwort ${d.quoted("name")} abgelehnt: Es öffnet ${p} nicht.`;
      case "APP_PASSWORD_EXPIRED":
        return `App-Passwort ${d.quoted("name")} abgelehnt: Es ist abgelaufen.`;
      default:
        return `Anmeldung einer App${paren(p)} abgelehnt.`;
    }
  },
  password_changed: () => "Passwort geändert.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Dieser Browser wurde über die Sitzungsliste abgemeldet."
      : "Eine andere Sitzung wurde abgemeldet.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 andere Sitzung abgemeldet." : `${n} andere Sitzungen abgemeldet.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Browser verlangen jetzt bei jedem Start eine Anmeldung."
      : "Browser dürfen jetzt angemeldet bleiben.",
  browser_trusted: () => "Browser 30 Tage lang vertrauenswürdig: dort kein zweiter Schritt.",
  trusted_browser_revoked: () => "Einem Browser wird nicht mehr vertraut.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `„Das war ich nicht“ gemeldet: ${n === 1 ? "1 Sitzung" : `${n} Sitzungen`} beendet.`;
  },
  locale_changed: (d) => `Sprache der E-Mails: ${d.language()}.`,
  recovery_address_set: (d) => `Wiederherstellungsadresse festgelegt: ${d.text("address")}.`,
  recovery_address_changed: (d) =>
    `Wiederherstellungsadresse von ${d.text("previous")} zu ${d.text("address")} geändert.`,
  recovery_address_removed: (d) => `Wiederherstellungsadresse ${d.text("address")} entfernt.`,
  recovery_phone_set: (d) => `Wiederherstellungsnummer festgelegt: ${d.text("phone")}.`,
  recovery_phone_changed: (d) =>
    `Wiederherstellungsnummer von ${d.text("previous")} zu ${d.text("phone")} geändert.`,
  recovery_phone_removed: (d) => `Wiederherstellungsnummer ${d.text("phone")} entfernt.`,
  password_reset_requested: () =>
    "Ein Link zum Zurücksetzen des Passworts wurde per E-Mail gesendet.",
  password_reset: (d) =>
    `Passwort über einen E-Mail-Link zurückgesetzt: ${d.count("sessionsEnded")} Sitzungen beendet, ${d.count("appPasswordsRevoked")} App-Passwörter widerrufen.`,
  account_recovery_link_sent: (d) =>
    `Ein Link zur Kontowiederherstellung wurde an die Wiederherstellungsadresse ${d.text("address")} gesendet.`,
  account_recovery_refused: (d) =>
    `Kontowiederherstellung abgelehnt: ${d.text("reason") === "RECOVERY_PROOF_MISSING" ? "kein Nachweis angegeben" : "falscher Nachweis"}.`,
  account_recovery_started: () =>
    "Kontowiederherstellung gestartet: Sie wartet, bevor sie abgeschlossen werden kann. Brechen Sie sie ab, falls Sie es nicht waren.",
  account_recovery_reminder: () => "Erinnerung: Eine wartende Kontowiederherstellung endet bald.",
  account_recovery_cancelled: () => "Kontowiederherstellung abgebrochen.",
  account_recovery_completed: () =>
    "Kontowiederherstellung abgeschlossen: neues Passwort, Bestätigung in zwei Schritten ausgeschaltet, alle Sitzungen beendet.",
  sign_up_attempted: () =>
    "Jemand wollte sich mit dieser Adresse registrieren; nichts wurde geändert (eine E-Mail hat es Ihnen gesagt).",
  sign_up_repeated: () =>
    "Erneut registriert, bevor die Adresse bestätigt war: ein neues Passwort wartet, ein neuer Code wurde gesendet.",
  verification_code_sent: () => "Ein Code zur Bestätigung der Adresse wurde per E-Mail gesendet.",
  email_verified: () => "Adresse bestätigt; angemeldet.",
  app_signed_in: (d) => `Über Twofold bei ${d.quoted("app")} angemeldet.`,
  app_authorized: (d) => `Die App ${d.quoted("app")} darf jetzt Ihr Konto sehen.`,
};
