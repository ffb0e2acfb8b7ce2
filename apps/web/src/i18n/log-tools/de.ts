import type { LogToolsMessages } from "./en";

export const logToolsDe: LogToolsMessages = {
  logTools: {
    filter: "Anzeigen",
    all: "Alle Ereignisse",
    kinds: {
      sign_ins: "Anmeldungen",
      methods: "Methoden der Zwei-Schritt-Verifizierung",
      passwords_recovery: "Passwörter und Wiederherstellung",
      sessions_browsers: "Sitzungen und Browser",
      apps: "Apps und App-Passwörter",
      account: "Konto",
    },
    emptyKind: "Zu dieser Art wurde noch kein Ereignis aufgezeichnet.",
    downloadTitle: "Ihr Protokoll herunterladen",
    downloadIntro:
      "Das ganze Protokoll, das älteste Ereignis zuerst, mit dem Platz jedes Ereignisses in der versiegelten Kette von Twofold. Jede Zeile trägt zudem einen Hash der Zeilen davor, so kann jeder prüfen, dass die Datei nicht verändert wurde: Die Datei erklärt, wie.",
    csv: "Herunterladen (CSV)",
    json: "Herunterladen (JSON)",
    preparing: "Die Datei wird vorbereitet…",
  },
};
