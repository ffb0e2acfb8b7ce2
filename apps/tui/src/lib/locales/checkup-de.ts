import type { CheckupText } from "../text-checkup";

/** Der Sicherheitscheck, auf Deutsch (die Wörter des Webs). */
export const checkupDe: CheckupText = {
  menuItem: "Sicherheitscheck",
  title: "Sicherheitscheck",
  protections: "Was Ihr Konto jetzt schützt",
  twoStep: (on, since) =>
    on
      ? `Bestätigung in zwei Schritten: ein${since ? ` seit ${since}` : ""}`
      : "Bestätigung in zwei Schritten: aus",
  methods: (list) => `Methoden: ${list || "keine"}`,
  backupCodes: (n) => `Verbleibende Backup-Codes: ${n}`,
  recovery: (address, phone) =>
    `Wiederherstellungsadresse: ${address ? "hinterlegt" : "keine"} · Mobilnummer: ${phone ? "hinterlegt" : "keine"}`,
  todo: "Zu tun",
  nothing: "Nichts zu tun: Ihr Konto ist gut geschützt.",
  finding: {
    two_step_off: "Wer Ihr Passwort erfährt, kann sich anmelden.",
    two_step_offTodo: "Einstellungen: Methode hinzufügen; mit der ersten ist es eingeschaltet.",
    only_one_method: "Nur eine Methode: Verlieren Sie sie, dauert der Weg zurück Tage.",
    only_one_methodTodo: "Einstellungen: weitere Methode hinzufügen.",
    only_sms: "SMS können abgefangen oder mit einer neuen SIM-Karte umgeleitet werden.",
    only_smsTodo: "Einstellungen: App, Sicherheitsschlüssel oder Gerät hinzufügen.",
    few_backup_codes: (n) =>
      n === 1 ? "Nur noch 1 Backup-Code übrig." : `Nur noch ${n} Backup-Codes übrig.`,
    few_backup_codesTodo: "Einstellungen: neue Backup-Codes erstellen und sicher aufbewahren.",
    no_recovery_address: "Keine Wiederherstellungsadresse: Twofold erreicht Sie nirgends sonst.",
    no_recovery_addressTodo: "Einstellungen: Wiederherstellungsadresse und -telefon.",
    unused_method: (name, date, used) =>
      used
        ? `${name}: seit ${date} nicht benutzt.`
        : `${name}: hinzugefügt am ${date}, nie benutzt.`,
    unused_methodTodo: "Prüfen Sie, ob Sie sie noch haben, oder entfernen Sie sie.",
    unusual_session: (device, place) =>
      `Angemeldet aus einem ungewohnten Land: ${device}, bei ${place}.`,
    unusual_sessionTodo: "Nicht Sie? In Sitzungen beenden und Passwort ändern.",
    unusual_trusted_browser: (device, place) =>
      `Vertrauenswürdig aus einem ungewohnten Land: ${device}, bei ${place}.`,
    unusual_trusted_browserTodo: "Nicht Sie? In Sitzungen das Vertrauen entziehen.",
  },
  methodsCheck: {
    question: "Funktionieren Ihre Methoden noch? Seit einem Monat ist die Bestätigung ein.",
    yes: "Ja, sie funktionieren",
    review: "Meine Methoden prüfen (Sicherheitscheck)",
    dismiss: "Nicht mehr fragen",
    thanks: "Danke. Wir fragen nicht mehr.",
    dismissed: "Wir fragen nicht mehr.",
  },
  keys: "Esc zurück · q beenden",
};
