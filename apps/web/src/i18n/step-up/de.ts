import type { StepUpMessages } from "./en";

export const stepUpDe: StepUpMessages = {
  stepUp: {
    totpLabel: "Code aus Ihrer Authenticator-App",
    totpHint: "Die 6 Ziffern, die Ihre Authenticator-App jetzt anzeigt.",
    keyText:
      "Drücken Sie die Schaltfläche und berühren Sie dann Ihren Sicherheitsschlüssel oder bestätigen Sie mit Ihrem Passkey.",
    keyButton: "Meinen Sicherheitsschlüssel oder Passkey verwenden",
    pushStarting: "Eine Anfrage wird an Ihr Authentifizierungsgerät gesendet…",
    pushNumberLabel: "Wählen Sie diese Zahl auf Ihrem Authentifizierungsgerät:",
    pushWaiting: "Warten auf Ihre Antwort auf dem Gerät…",
    pushApproved: "Auf Ihrem Gerät bestätigt. Einen Moment…",
    pushExpires: (time) => `Die Anfrage läuft um ${time} ab.`,
    pushCancelled: "Die Anfrage wurde abgebrochen. Senden Sie eine neue, um fortzufahren.",
    pushAgain: "Neue Anfrage senden",
    others: "Andere Methoden",
    use: {
      password: "Mein Passwort verwenden",
      totp: "Einen Code aus meiner Authenticator-App verwenden",
      webauthn: "Meinen Sicherheitsschlüssel oder Passkey verwenden",
      push: "Mein Authentifizierungsgerät verwenden",
    },
  },
};
