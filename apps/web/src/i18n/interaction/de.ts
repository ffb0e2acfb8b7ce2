import type { InteractionMessages } from "./en";

export const interactionDe: InteractionMessages = {
  interaction: {
    loading: "Die Anfrage der App wird geladen…",
    signInTo: (app: string) => `Melden Sie sich an, um zu ${app} weiterzugehen`,
    again: {
      fresh: (app: string) => `${app} bittet Sie, sich erneut anzumelden.`,
      "second-step": (app: string) => `${app} verlangt Ihren zweiten Schritt.`,
      "fresh-second-step": (app: string) =>
        `${app} bittet Sie, sich erneut anzumelden, mit Ihrem zweiten Schritt.`,
    },
    secondStepIntro: (app: string) =>
      `Bestätigen Sie, dass Sie es sind, um zu ${app} weiterzugehen.`,
    cancel: (app: string) => `Abbrechen und zurück zu ${app}`,
    continueTitle: (app: string) => `Weiter zu ${app}`,
    signedInAs: (email: string) => `Sie sind als ${email} angemeldet.`,
    continue: "Weiter",
    leaving: (app: string) => `Sie werden zu ${app} weitergeleitet…`,
    twoStepOffTitle: "Bestätigung in zwei Schritten erforderlich",
    twoStepOff: (app: string) =>
      `${app} nimmt nur Konten an, die mit der Bestätigung in zwei Schritten geschützt sind. Fügen Sie Ihrem Konto eine Methode hinzu und melden Sie sich dann erneut bei ${app} an.`,
    addMethod: "Bestätigung in zwei Schritten einrichten",
    expiredTitle: "Diese Anmeldeanfrage ist abgelaufen",
    expired:
      "Sie wurde bereits verwendet oder hat zu lange gewartet. Kehren Sie zur App zurück und melden Sie sich von dort aus erneut an.",
    reasons: {
      INTERACTION_EXPIRED:
        "Diese Anmeldeanfrage ist abgelaufen. Kehren Sie zur App zurück und melden Sie sich von dort aus erneut an.",
      NOT_SIGNED_IN: "Sie sind nicht mehr angemeldet. Melden Sie sich erneut an, um fortzufahren.",
      UNMET_AUTHENTICATION_REQUIREMENTS:
        "Die App verlangt eine neuere Anmeldung oder einen zweiten Schritt. Kehren Sie zur App zurück und melden Sie sich erneut an.",
    },
  },
  consent: {
    title: (app: string) => `${app} bittet um Zugriff auf Ihr Konto`,
    wants: (app: string) => `${app} möchte:`,
    scopes: {
      openid: "Wissen, wer Sie sind: die Kennung Ihres Kontos",
      email: "Ihre E-Mail-Adresse sehen",
      profile: "Ihren Namen sehen",
      offline_access:
        "Verbunden bleiben, auch wenn Sie die App nicht verwenden, bis Sie diese Sitzung in Twofold beenden",
    },
    unknownScope: (scope: string) => `Den Zugriff „${scope}“ verwenden`,
    account: (app: string, email: string) => `${app} sieht das Konto ${email}.`,
    trust: "Erlauben Sie nur einer App, der Sie vertrauen.",
    allow: "Erlauben",
    deny: "Ablehnen",
  },
};
