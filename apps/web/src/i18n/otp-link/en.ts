/**
 * The English strings of the "Open in your authenticator app" link (issue 26): on a phone it
 * comes first, since a phone cannot scan its own screen. `en.ts` spreads them in;
 * `OTPLinkMessages` is the shape the other languages fill.
 */
export const otpLinkEn = {
  otpLink: {
    open: "Open in your authenticator app",
    /** The first step's heading on a phone, in place of "Scan this QR code". */
    phoneStep: "1. Add this account to your authenticator app",
    phoneHint:
      "A phone cannot scan its own screen: this link hands the account to the authenticator app on this phone. On another device, scan the QR code below.",
    /** On a computer, before the link (for an authenticator app installed on the computer). */
    computer: "Authenticator app on this computer?",
  },
};

export type OTPLinkMessages = typeof otpLinkEn;
