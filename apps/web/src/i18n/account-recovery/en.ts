import { hoursIn } from "../hours";

/**
 * The English strings of "I can't use any of my methods" (an account recovery that waits) and
 * of its banner. `en.ts` spreads them in; `AccountRecoveryMessages` is the shape the others fill.
 */
export const accountRecoveryEn = {
  recovery: {
    lostAll: "I can't use any of my methods",
    title: "Recover your account",
    /** `hours`: the server's wait (`recovery.waitPeriod`), or null while it is not known. */
    intro: (hours: number | null) => {
      const wait =
        hours === null ? "a while" : hoursIn("en", hours, { one: "hour", other: "hours" });
      return `Lost your phone and your backup codes? You can take your account back, safely: give your password and one proof that only you hold. The recovery then waits ${wait} before you can complete it, and every address of the account is told at once, so that the owner can cancel a recovery they did not start.`;
    },
    afterWait:
      "When the wait is over, come back here with your password and a proof: you choose a new password, two-step verification is turned off with all its methods, every session and application password ends, and you turn two-step on again.",
    email: "Email address",
    password: "Password",
    proofLegend: "Your proof",
    proofs: {
      email_link: "A link to my recovery address",
      sms_code: "A code to my recovery phone",
      browser: "This browser: I signed in to my account with it before",
      app_password: "One of my application passwords",
    },
    sendLink: "Send the link",
    linkSent:
      "If this account has a recovery address, a link is on its way there. Open it on this device.",
    fromLink: "You opened the link sent to your recovery address: give your password.",
    sendCode: "Send the code",
    codeSent: (to: string) => `A code was sent to ${to}.`,
    noPhone: "This account has no recovery phone. Choose another proof.",
    codeLabel: "Code from the SMS",
    appPasswordLabel: "Application password",
    start: "Start the recovery",
    started: "The recovery has started",
    endsAt: (when: string) => `You can complete it after ${when}.`,
    startedText:
      "Every address of the account was told. If you still have a session somewhere, nothing changes until the end of the wait.",
    completeTitle: "Complete the recovery",
    newPassword: "New password",
    newPasswordHint: "At least 10 characters.",
    complete: "Complete the recovery",
    completeMode: "The wait is over: complete a recovery",
    startMode: "Start a recovery",
    backToSignIn: "Back to sign-in",
    done: "Your account is yours again: two-step verification is off. Turn it on again now.",
    banner: (when: string) =>
      `A recovery of your account is under way. It can be completed from ${when}: if you did not start it, cancel it now and change your password.`,
    cancel: "Cancel this recovery",
    cancelled: "The recovery was cancelled. It cannot be resumed.",
  },
};

export type AccountRecoveryMessages = typeof accountRecoveryEn;
