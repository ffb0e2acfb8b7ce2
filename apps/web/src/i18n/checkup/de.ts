import type { CheckupMessages } from "./en";

export const checkupDe: CheckupMessages = {
  checkup: {
    title: "Sicherheitscheck",
    rowHint: "Was Ihr Konto jetzt schützt, und was es sicherer machen würde.",
    intro:
      "Ein Blick darauf, was Ihr Konto schützt, mit einem Schritt für alles, was sich lohnt. Nichts ändert sich von selbst: Jede Schaltfläche führt Sie zur Seite, auf der Sie entscheiden.",
    protectionsTitle: "Was Ihr Konto jetzt schützt",
    twoStep: "Bestätigung in zwei Schritten",
    on: "Ein",
    off: "Aus",
    since: (date: string) => `Eingeschaltet seit ${date}`,
    methods: "Methoden",
    noMethods: "Keine",
    backupCodes: "Verbleibende Backup-Codes",
    recoveryAddress: "Wiederherstellungsadresse",
    recoveryPhone: "Wiederherstellungsnummer",
    set: "Hinterlegt",
    notSet: "Nicht hinterlegt",
    todoTitle: "Empfehlungen",
    nothingTitle: "Nichts zu tun",
    nothing:
      "Ihr Konto ist gut geschützt. Schauen Sie ab und zu wieder vorbei, und immer, wenn Sie das Telefon wechseln.",
    twoStepOff:
      "Wer Ihr Passwort erfährt, kann sich anmelden. Schalten Sie die Bestätigung in zwei Schritten ein.",
    turnOn: "Bestätigung in zwei Schritten einschalten",
    onlyOneMethod:
      "Sie haben eine einzige Methode. Verlieren Sie sie, dauert es Tage, bis Sie wieder ins Konto kommen: Fügen Sie eine zweite hinzu.",
    addMethod: "Weitere Methode hinzufügen",
    onlySMS:
      "SMS können abgefangen werden oder bei jemandem ankommen, der eine neue SIM-Karte auf Ihren Namen erhält. Fügen Sie eine stärkere Methode hinzu: eine Authenticator-App, einen Sicherheitsschlüssel oder das Authenticator-Gerät.",
    addStronger: "Stärkere Methode hinzufügen",
    fewBackupCodes: (n: number) =>
      n === 0
        ? "Es ist kein Backup-Code mehr übrig. Erstellen Sie neue und bewahren Sie sie sicher auf."
        : n === 1
          ? "Es ist nur noch 1 Backup-Code übrig. Erstellen Sie neue und bewahren Sie sie sicher auf."
          : `Es sind nur noch ${n} Backup-Codes übrig. Erstellen Sie neue und bewahren Sie sie sicher auf.`,
    newCodes: "Neue Backup-Codes erstellen",
    noRecoveryAddress:
      "Keine Wiederherstellungsadresse: Verlieren Sie Ihr Passwort oder Ihre Methoden, kann Twofold Sie in keinem anderen Postfach erreichen.",
    addAddress: "Wiederherstellungsadresse hinzufügen",
    unusedMethod: (method: string, date: string, used: boolean) =>
      used
        ? `${method} wurde seit ${date} nicht benutzt. Prüfen Sie, ob Sie sie noch haben, oder entfernen Sie sie.`
        : `${method}, hinzugefügt am ${date}, wurde nie benutzt. Prüfen Sie, ob Sie sie noch haben, oder entfernen Sie sie.`,
    reviewMethods: "Meine Methoden prüfen",
    unusualSession: (device: string, place: string, date: string) =>
      `${device} bei ${place} ist angemeldet (zuletzt gesehen ${date}), aus einem Land, aus dem Sie sich selten anmelden. Waren Sie es nicht, melden Sie die Sitzung ab und ändern Sie Ihr Passwort.`,
    reviewSessions: "Meine Sitzungen prüfen",
    unusualBrowser: (device: string, place: string, date: string) =>
      `${device} bei ${place} darf den zweiten Schritt überspringen (zuletzt benutzt ${date}), aus einem Land, aus dem Sie sich selten anmelden. Waren Sie es nicht, entziehen Sie ihm das Vertrauen.`,
    reviewBrowsers: "Vertrauenswürdige Browser prüfen",
    methodsCheck: {
      title: "Funktionieren Ihre Methoden noch?",
      text: "Die Bestätigung in zwei Schritten ist seit einem Monat eingeschaltet. Prüfen Sie, ob Sie Ihre Methoden noch benutzen können und Ihre Backup-Codes finden: Verlieren Sie sie, dauert es Tage, bis Sie wieder ins Konto kommen.",
      yes: "Ja, sie funktionieren",
      review: "Meine Methoden prüfen",
      dismiss: "Nicht mehr fragen",
      thanks: "Danke. Wir fragen nicht mehr.",
      dismissed:
        "Wir fragen nicht mehr. Der Sicherheitscheck ist immer unter „Sicherheit und Wiederherstellung“.",
    },
  },
};
