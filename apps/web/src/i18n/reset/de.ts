import type { ResetMessages } from "./en";

export const resetDe: ResetMessages = {
  reset: {
    forgot: "Passwort vergessen?",
    askTitle: "Ein neues Passwort wählen",
    askIntro:
      "Geben Sie die Adresse Ihres Kontos ein: Wir senden ihr einen Link, um ein neues Passwort zu wählen.",
    email: "E-Mail-Adresse",
    send: "Link senden",
    sent: "Falls zu dieser Adresse ein Konto besteht, haben wir ihr einen Link gesendet. Er gilt einmal, 30 Minuten lang.",
    backToSignIn: "Zurück zur Anmeldung",
    checking: "Der Link wird geprüft…",
    noToken: "Diese Seite öffnet sich über den Link der E-Mail. Fordern Sie einen neuen an.",
    askAgain: "Einen neuen Link anfordern",
    factorTitle: "Zuerst der zweite Schritt",
    factorIntro:
      "Für Ihr Konto ist die Bestätigung in zwei Schritten aktiv: Bestätigen Sie mit einer ihrer Methoden, dass Sie es sind, bevor Sie das neue Passwort wählen.",
    chooseMethod: "Methode wählen",
    otherMethod: "Eine andere Methode verwenden",
    newPassword: "Neues Passwort",
    newPasswordHint: "Mindestens 10 Zeichen.",
    repeat: "Neues Passwort, noch einmal",
    mismatch: "Die beiden Passwörter sind nicht gleich.",
    submit: "Neues Passwort festlegen",
    doneTitle: "Passwort geändert",
    done: "Ihr Passwort wurde geändert und alle Sitzungen wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.",
    signIn: "Anmelden",
    leftoverTitle: "Ein Zurücksetzen des Passworts läuft",
    leftover:
      "Dieser Browser hält die Sitzung eines Zurücksetzens des Passworts. Öffnen Sie den Link der E-Mail erneut, um es abzuschliessen, oder brechen Sie es ab.",
    cancel: "Zurücksetzen abbrechen",
  },
};
