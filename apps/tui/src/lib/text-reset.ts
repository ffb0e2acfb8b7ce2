/** "Forgot password" in the terminal: the address, the emailed link, the second step, the password. */
export const RESET_TEXT = {
  title: "Forgot password",
  key: "Ctrl+F forgot password",
  intro: "Type the address of your account: we send it a link to choose a new password.",
  email: "Email",
  sent: "If an account exists for this address, we sent it a link (it works once, for 30 minutes).",
  linkHint: "Paste the link from the email (or the token after “#token=”).",
  link: "Link",
  factor: "First, confirm it is you with one of your two-step methods.",
  passwordTitle: "Choose a new password",
  password: "New password (at least 10 characters)",
  repeat: "New password, again",
  mismatch: "The two passwords are not the same.",
  doneTitle: "Password changed",
  done: "Your password was changed and every session was signed out.",
  signIn: "Sign in with the new password",
} as const;

/** The token of a pasted reset link ("…/reset-password#token=…"), or the token itself. */
export function resetTokenOf(pasted: string): string {
  const text = pasted.trim();
  const hash = text.indexOf("#");
  if (hash < 0) return text;
  return new URLSearchParams(text.slice(hash + 1)).get("token")?.trim() ?? "";
}
