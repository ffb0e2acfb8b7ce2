/** What the terminal app says while an address is confirmed (spread into TEXT). */
export const SIGN_UP_TEXT = {
  verifyEmail: {
    title: "Check your mail",
    sent: (email: string) =>
      `We sent a mail to ${email}. Type the 6-digit code it holds (it works for 30 minutes).`,
    code: "Code from the mail",
    sentAgain: "A new mail is on its way: only the newest code works.",
    keys: "Enter confirm · Ctrl+R send the mail again · Esc back · Ctrl+C quit",
  },
} as const;
