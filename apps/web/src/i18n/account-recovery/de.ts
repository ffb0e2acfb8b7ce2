import { hoursIn } from "../hours";
import type { AccountRecoveryMessages } from "./en";

export const accountRecoveryDe: AccountRecoveryMessages = {
  recovery: {
    lostAll: "Ich kann keine meiner Methoden verwenden",
    title: "Konto wiederherstellen",
    intro: (hours: number | null) => {
      const wait =
        hours === null
          ? "eine gewisse Zeit"
          : hoursIn("de", hours, { one: "Stunde", other: "Stunden" });
      return `Telefon und Ersatzcodes verloren? Sie können Ihr Konto sicher zurückholen: Geben Sie Ihr Passwort und einen Nachweis an, den nur Sie besitzen. Die Wiederherstellung wartet dann ${wait}, bevor Sie sie abschließen können, und alle Adressen des Kontos werden sofort benachrichtigt, damit der Inhaber eine Wiederherstellung abbrechen kann, die er nicht gestartet hat.`;
    },
    afterWait:
      "Nach der Wartezeit kommen Sie mit Ihrem Passwort und einem Nachweis hierher zurück: Sie wählen ein neues Passwort, die Bestätigung in zwei Schritten wird mit allen Methoden ausgeschaltet, alle Sitzungen und App-Passwörter enden, und Sie schalten die Bestätigung in zwei Schritten wieder ein.",
    email: "E-Mail-Adresse",
    password: "Passwort",
    proofLegend: "Ihr Nachweis",
    proofs: {
      email_link: "Ein Link an meine Wiederherstellungsadresse",
      sms_code: "Ein Code an mein Wiederherstellungstelefon",
      browser: "Dieser Browser: Ich habe mich damit schon bei meinem Konto angemeldet",
      app_password: "Eines meiner App-Passwörter",
    },
    sendLink: "Link senden",
    linkSent:
      "Falls dieses Konto eine Wiederherstellungsadresse hat, ist ein Link dorthin unterwegs. Öffnen Sie ihn auf diesem Gerät.",
    fromLink:
      "Sie haben den Link an Ihre Wiederherstellungsadresse geöffnet: Geben Sie Ihr Passwort ein.",
    sendCode: "Code senden",
    codeSent: (to: string) => `Ein Code wurde an ${to} gesendet.`,
    noPhone: "Dieses Konto hat kein Wiederherstellungstelefon. Wählen Sie einen anderen Nachweis.",
    codeLabel: "Code aus der SMS",
    appPasswordLabel: "App-Passwort",
    start: "Wiederherstellung starten",
    started: "Die Wiederherstellung hat begonnen",
    endsAt: (when: string) => `Sie können sie nach ${when} abschließen.`,
    startedText:
      "Alle Adressen des Kontos wurden benachrichtigt. Falls Sie noch irgendwo angemeldet sind, ändert sich bis zum Ende der Wartezeit nichts.",
    completeTitle: "Wiederherstellung abschließen",
    newPassword: "Neues Passwort",
    newPasswordHint: "Mindestens 10 Zeichen.",
    complete: "Wiederherstellung abschließen",
    completeMode: "Die Wartezeit ist vorbei: eine Wiederherstellung abschließen",
    startMode: "Eine Wiederherstellung starten",
    backToSignIn: "Zurück zur Anmeldung",
    done: "Ihr Konto gehört wieder Ihnen: Die Bestätigung in zwei Schritten ist aus. Schalten Sie sie jetzt wieder ein.",
    banner: (when: string) =>
      `Eine Wiederherstellung Ihres Kontos läuft. Sie kann ab dem ${when} abgeschlossen werden: Falls Sie sie nicht gestartet haben, brechen Sie sie jetzt ab und ändern Sie Ihr Passwort.`,
    cancel: "Diese Wiederherstellung abbrechen",
    cancelled: "Die Wiederherstellung wurde abgebrochen. Sie kann nicht fortgesetzt werden.",
  },
};
