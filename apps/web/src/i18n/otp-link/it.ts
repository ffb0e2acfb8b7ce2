import type { OTPLinkMessages } from "./en";

export const otpLinkIt: OTPLinkMessages = {
  otpLink: {
    open: "Apri nell'app di autenticazione",
    phoneStep: "1. Aggiunga questo account all'app di autenticazione",
    phoneHint:
      "Un telefono non può scansionare il proprio schermo: questo link passa l'account all'app di autenticazione di questo telefono. Su un altro dispositivo, scansioni il codice QR qui sotto.",
    computer: "Un'app di autenticazione su questo computer?",
  },
};
