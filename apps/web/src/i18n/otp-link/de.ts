import type { OTPLinkMessages } from "./en";

export const otpLinkDe: OTPLinkMessages = {
  otpLink: {
    open: "In Ihrer Authenticator-App öffnen",
    phoneStep: "1. Fügen Sie dieses Konto Ihrer Authenticator-App hinzu",
    phoneHint:
      "Ein Smartphone kann seinen eigenen Bildschirm nicht scannen: Dieser Link übergibt das Konto an die Authenticator-App auf diesem Smartphone. Auf einem anderen Gerät scannen Sie den QR-Code unten.",
    computer: "Eine Authenticator-App auf diesem Computer?",
  },
};
