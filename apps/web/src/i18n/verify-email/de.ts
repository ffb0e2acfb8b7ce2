import type { VerifyEmailMessages } from "./en";

export const verifyEmailDe: VerifyEmailMessages = {
  verifyEmail: {
    title: "Sehen Sie in Ihre E-Mails",
    sent: (email) =>
      `Wir haben eine E-Mail an ${email} gesendet. Geben Sie den 6-stelligen Code daraus ein, oder öffnen Sie ihren Link.`,
    codeLabel: "Code aus der E-Mail",
    codeHint: "6 Ziffern. Der Code gilt 30 Minuten.",
    submit: "Bestätigen und anmelden",
    sendAgain: "E-Mail erneut senden",
    sentAgain: "Eine neue E-Mail ist unterwegs. Nur der neueste Code gilt.",
    notThere: "Nichts im Posteingang? Sehen Sie im Spam-Ordner nach, oder prüfen Sie die Adresse:",
    otherAddress: "Eine andere Adresse verwenden",
    linkTitle: "Bestätigen Sie Ihre Adresse",
    linkText: (email) => `Bestätigen Sie ${email} und melden Sie sich bei Ihrem neuen Konto an.`,
    linkSubmit: "Meine Adresse bestätigen",
    linkInvalid:
      "Dieser Link ist unvollständig. Öffnen Sie den Link der neuesten E-Mail erneut, oder geben Sie ihren Code nach der Registrierung ein.",
    linkFailed:
      "Dieser Code gilt nicht mehr. Registrieren Sie sich erneut mit derselben Adresse, um eine neue E-Mail zu erhalten.",
    signUp: "Registrieren",
  },
};
