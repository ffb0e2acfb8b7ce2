import type { StepUpMessages } from "./en";

export const stepUpIt: StepUpMessages = {
  stepUp: {
    totpLabel: "Codice della sua app di autenticazione",
    totpHint: "Le 6 cifre che la sua app di autenticazione mostra ora.",
    keyText:
      "Prema il pulsante, poi tocchi la sua chiave di sicurezza o confermi con la sua passkey.",
    keyButton: "Usa la mia chiave di sicurezza o passkey",
    pushStarting: "Invio di una richiesta al suo dispositivo di autenticazione…",
    pushNumberLabel: "Scelga questo numero sul suo dispositivo di autenticazione:",
    pushWaiting: "In attesa della sua risposta sul dispositivo…",
    pushApproved: "Approvato sul suo dispositivo. Un momento…",
    pushExpires: (time) => `La richiesta scade alle ${time}.`,
    pushCancelled: "La richiesta è stata annullata. Ne invii una nuova per continuare.",
    pushAgain: "Invia una nuova richiesta",
    others: "Altri metodi",
    use: {
      password: "Usa la mia password",
      totp: "Usa un codice della mia app di autenticazione",
      webauthn: "Usa la mia chiave di sicurezza o passkey",
      push: "Usa il mio dispositivo di autenticazione",
    },
  },
};
