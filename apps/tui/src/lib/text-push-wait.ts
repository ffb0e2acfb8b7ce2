import type { Locale } from "@twofold/i18n";

const en = {
  sending: "Sending a request to your device…",
  checkDevice: "Check your device, and type this number there:",
  cancelled: "This sign-in request was cancelled. Choose a method again to continue.",
  reconnecting: (server: string) => `${server} cannot be reached; trying again…`,
};

/** What the push step of the sign-in says (`PushWait`), in each language. */
export type PushWaitText = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};

export const PUSH_WAIT_TEXT = {
  en,
  fr: {
    sending: "Envoi d'une demande à votre appareil…",
    checkDevice: "Regardez votre appareil et tapez-y ce nombre :",
    cancelled:
      "Cette demande de connexion a été annulée. Choisissez à nouveau une méthode pour continuer.",
    reconnecting: (server: string) => `${server} est injoignable ; nouvel essai…`,
  },
  de: {
    sending: "Eine Anfrage wird an Ihr Gerät gesendet…",
    checkDevice: "Sehen Sie auf Ihr Gerät und geben Sie dort diese Zahl ein:",
    cancelled:
      "Diese Anmeldeanfrage wurde abgebrochen. Wählen Sie erneut eine Methode, um fortzufahren.",
    reconnecting: (server: string) => `${server} ist nicht erreichbar; neuer Versuch…`,
  },
  it: {
    sending: "Invio di una richiesta al suo dispositivo…",
    checkDevice: "Controlli il suo dispositivo e vi digiti questo numero:",
    cancelled:
      "Questa richiesta di accesso è stata annullata. Scelga di nuovo un metodo per continuare.",
    reconnecting: (server: string) => `${server} non è raggiungibile; nuovo tentativo…`,
  },
} satisfies Record<Locale, PushWaitText>;
