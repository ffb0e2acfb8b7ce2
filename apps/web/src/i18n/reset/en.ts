/**
 * The English strings of "forgot password" (asking for a link, then the link's page). `en.ts`
 * spreads them in; `ResetMessages` is the shape the other languages fill.
 */
export const resetEn = {
  reset: {
    forgot: "Forgot your password?",
    askTitle: "Choose a new password",
    askIntro: "Type the address of your account: we send it a link to choose a new password.",
    email: "Email address",
    send: "Send the link",
    sent: "If an account exists for this address, we sent it a link. It works once, for 30 minutes.",
    backToSignIn: "Back to sign-in",
    checking: "Checking the link…",
    noToken: "This page opens from the link of the email. Ask for a new one.",
    askAgain: "Ask for a new link",
    factorTitle: "First, the second step",
    factorIntro:
      "Your account has two-step verification on: confirm it is you with one of its methods before choosing the new password.",
    chooseMethod: "Choose a method",
    otherMethod: "Use another method",
    newPassword: "New password",
    newPasswordHint: "At least 10 characters.",
    repeat: "New password, again",
    mismatch: "The two passwords are not the same.",
    submit: "Set the new password",
    doneTitle: "Password changed",
    done: "Your password was changed and every session was signed out. Sign in with the new password.",
    signIn: "Sign in",
    leftoverTitle: "A password reset is under way",
    leftover:
      "This browser holds the session of a password reset. Open the email's link again to finish it, or cancel it.",
    cancel: "Cancel the reset",
  },
};

export type ResetMessages = typeof resetEn;
