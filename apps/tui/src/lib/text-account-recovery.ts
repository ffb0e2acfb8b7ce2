/** A wait in hours as the text says it: at most one decimal ("1.5 hours", "1 hour"). */
function hoursText(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${String(rounded)} ${rounded === 1 ? "hour" : "hours"}`;
}

/** "I can't use any of my methods": an account recovery that waits, and its notice. */
export const ACCOUNT_RECOVERY_TEXT = {
  lostAll: "I can't use any of my methods",
  title: "Recover your account",
  /**
   * `hours`: the server's wait (`recovery.waitPeriod`), or null while it is not known. Each line
   * under 80 characters (up to 720 hours, the server's most): one line each on the smallest
   * terminal.
   */
  intro: (hours: number | null): [string, ...string[]] => [
    "Lost your phone and your backup codes? Give your password and one proof that",
    `only you hold. The recovery then waits ${hours === null ? "a while" : hoursText(hours)}, and every address of the`,
    "account is told at once: the owner can cancel a recovery they did not start.",
    "After the wait: a new password, two-step off with all its methods, every",
    "session and application password ended; then turn two-step on again.",
  ],
  choose: "Your proof",
  proofs: {
    app_password: "One of my application passwords",
    sms_code: "A code to my recovery phone",
    email_link: "A link to my recovery address",
  },
  completeMode: "The wait is over: complete a recovery",
  startMode: "Start a recovery",
  email: "Email",
  password: "Password",
  appPassword: "Application password",
  code: "Code from the text message",
  link: "The link from the mail (or its token)",
  newPassword: "New password (at least 10 characters)",
  linkSent: "If this account has a recovery address, a link is on its way there.",
  codeSent: (to: string) => `A code was sent to ${to}.`,
  noPhone: "This account has no recovery phone. Choose another proof.",
  started: (when: string) => `The recovery has started. You can complete it after ${when}.`,
  startedHint: "Every address of the account was told. Esc goes back.",
  done: "Your account is yours again: two-step verification is off. Turn it on again now.",
  pending: (when: string) =>
    `A recovery of your account is under way; it can be completed from ${when}.`,
  pendingHint: "If you did not start it, cancel it now and change your password.",
  cancel: "Cancel the pending recovery",
  cancelled: "The recovery was cancelled. It cannot be resumed.",
} as const;

export type TerminalProof = keyof typeof ACCOUNT_RECOVERY_TEXT.proofs;

/** The token of a recovery link pasted whole (…/recover#token=…), or the token itself. */
export function tokenOfLink(pasted: string): string {
  const text = pasted.trim();
  const match = /[?&#]token=([A-Za-z0-9_-]+)/.exec(text);
  return match?.[1] ?? text;
}
