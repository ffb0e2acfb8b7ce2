/**
 * The English strings of confirming the address after sign-up ("Check your mail", and the page
 * the mail's link opens). `en.ts` spreads them in; `VerifyEmailMessages` is the shape the other
 * languages fill.
 */
export const verifyEmailEn = {
  verifyEmail: {
    title: "Check your mail",
    sent: (email: string) =>
      `We sent a mail to ${email}. Type the 6-digit code it holds, or open its link.`,
    codeLabel: "Code from the mail",
    codeHint: "6 digits. The code works for 30 minutes.",
    submit: "Confirm and sign in",
    sendAgain: "Send the mail again",
    sentAgain: "A new mail is on its way. Only the newest code works.",
    notThere: "Nothing in your inbox? Look in the spam folder, or check the address:",
    otherAddress: "Use another address",
    linkTitle: "Confirm your address",
    linkText: (email: string) => `Confirm ${email} and sign in to your new account.`,
    linkSubmit: "Confirm my address",
    linkInvalid:
      "This link is incomplete. Open the link of the newest mail again, or type its code after signing up.",
    linkFailed: "This code no longer works. Sign up again with the same address to get a new mail.",
    signUp: "Sign up",
  },
};

export type VerifyEmailMessages = typeof verifyEmailEn;
