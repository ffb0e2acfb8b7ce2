import type { SafetyMessages } from "./en";

export const safetyDe: SafetyMessages = {
  securityLog: {
    title: "Sicherheitsprotokoll",
    rowHint:
      "Anmeldungen und jede Sicherheitsänderung, mit dem Browser und der Adresse, von denen sie kamen.",
    intro:
      "Jede Anmeldung und jede Änderung an der Sicherheit Ihres Kontos, die neueste zuerst, mit dem Browser und der IP-Adresse, von denen sie kam. Wenn etwas davon nicht von Ihnen war, ändern Sie Ihr Passwort und melden Sie die Sitzungen ab, die Sie nicht kennen.",
    empty: "Es wurde noch nichts aufgezeichnet.",
    ip: "IP-Adresse",
    attention: "Bitte prüfen:",
    showOlder: "Ältere Ereignisse anzeigen",
    loadingOlder: "Ältere Ereignisse werden geladen…",
    end: "Hier beginnt Ihr Sicherheitsprotokoll.",
  },
  notMe: {
    title: "Das war ich nicht",
    intro:
      "Sie haben den Link einer Sicherheits-E-Mail von Twofold geöffnet, weil sie etwas meldete, das Sie nicht getan haben. Das Sichern Ihres Kontos bewirkt sofort Folgendes:",
    steps: [
      "Alle Browser und Geräte, die bei Ihrem Konto angemeldet sind, werden abgemeldet, auch dieser.",
      "Vertrauenswürdige Browser werden vergessen: Jeder fragt wieder nach dem zweiten Schritt.",
      "Alle App-Passwörter werden widerrufen: Mail-, Kalender- und Datei-Apps synchronisieren nicht mehr, bis Sie ihnen neue geben.",
      "Bei Ihrer nächsten Anmeldung wählen Sie vor allem anderen ein neues Passwort.",
    ],
    keeps:
      "Eine Methode oder ein App-Passwort, dessen Hinzufügen die E-Mail meldete, wird ebenfalls entfernt; Ihre anderen Methoden bleiben, wie sie sind. Es passiert nichts, bevor Sie die Schaltfläche drücken.",
    submit: "Überall abmelden und mein Konto sichern",
    doneTitle: "Ihr Konto ist gesichert",
    done: (n: number) =>
      n === 0
        ? "Keine Sitzung war angemeldet. Vertrauenswürdige Browser wurden vergessen und App-Passwörter widerrufen."
        : n === 1
          ? "1 Sitzung wurde abgemeldet. Vertrauenswürdige Browser wurden vergessen und App-Passwörter widerrufen."
          : `${n} Sitzungen wurden abgemeldet. Vertrauenswürdige Browser wurden vergessen und App-Passwörter widerrufen.`,
    next: "Melden Sie sich jetzt an und wählen Sie ein neues Passwort. Sehen Sie dann in Ihrem Sicherheitsprotokoll nach, ob noch etwas nicht von Ihnen war.",
    about: {
      factorRemoved: (method: string, label: string) =>
        `Entfernt, weil jemand anderes sie hinzugefügt hat: ${method} „${label}“.`,
      twoStepOff:
        "Die Bestätigung in zwei Schritten ist wieder ausgeschaltet, wie vor dem Hinzufügen. Schalten Sie sie nach dem neuen Passwort mit einer eigenen Methode ein.",
      appPasswordRevoked: (name: string) =>
        `Das erstellte App-Passwort „${name}“ funktioniert nicht mehr.`,
      addAgain: (method: string, label: string) =>
        `Um ${method} „${label}“ zurückzubekommen: Melden Sie sich an, wählen Sie das neue Passwort und fügen Sie die Methode unter Bestätigung in zwei Schritten wieder hinzu.`,
      turnOnAgain:
        "Um die Bestätigung in zwei Schritten wieder einzuschalten: Melden Sie sich an, wählen Sie das neue Passwort und fügen Sie unter Bestätigung in zwei Schritten eine Methode hinzu.",
    },
    signIn: "Anmelden",
    invalid:
      "Links in Sicherheits-E-Mails funktionieren 7 Tage lang. Wenn Sie weiterhin glauben, dass jemand anderes Ihr Konto nutzt, melden Sie sich an, ändern Sie Ihr Passwort und melden Sie Ihre anderen Sitzungen ab.",
  },
  passwordRequired: {
    title: "Wählen Sie zuerst ein neues Passwort",
    text: "Vielleicht kennt jemand anderes Ihr Passwort: Eine Anmeldung, die nicht von Ihnen war, wurde gemeldet, auf Ihrem Gerät („NEIN, und melden“) oder mit „Das war ich nicht“ in einer Sicherheits-E-Mail. Nach „Das war ich nicht“ wurden außerdem alle Sitzungen abgemeldet, vertrauenswürdige Browser vergessen und App-Passwörter widerrufen. Wählen Sie ein neues Passwort, um fortzufahren.",
    done: "Ihr neues Passwort ist gesetzt. Sehen Sie in Ihrem Sicherheitsprotokoll nach, ob noch etwas nicht von Ihnen war.",
  },
  disabledMethods: {
    title: (method: string) => `${method} ist ausgeschaltet`,
    text: "Die Methode wurde nach 100 falschen Versuchen in Folge ausgeschaltet, damit niemand weiter raten kann. Wenn diese Versuche nicht von Ihnen waren, ändern Sie zuerst Ihr Passwort. Sie bleibt ausgeschaltet, bis Sie sie wieder einschalten.",
    turnOn: "Wieder einschalten",
    turnOnLabel: (method: string) => `Wieder einschalten: ${method}`,
    turnedOn: (method: string) => `${method} ist wieder eingeschaltet.`,
  },
};
