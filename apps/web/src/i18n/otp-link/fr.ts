import type { OTPLinkMessages } from "./en";

export const otpLinkFr: OTPLinkMessages = {
  otpLink: {
    open: "Ouvrir dans votre application d'authentification",
    phoneStep: "1. Ajoutez ce compte à votre application d'authentification",
    phoneHint:
      "Un téléphone ne peut pas scanner son propre écran : ce lien transmet le compte à l'application d'authentification de ce téléphone. Sur un autre appareil, scannez le code QR ci-dessous.",
    computer: "Une application d'authentification sur cet ordinateur ?",
  },
};
