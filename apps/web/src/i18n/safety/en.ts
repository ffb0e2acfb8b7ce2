/**
 * The English strings of the security log, "This wasn't me", the new password it calls for and
 * the methods turned off after too many wrong tries. `en.ts` spreads them in; `SafetyMessages`
 * is the shape the other languages fill. The log's sentences come from `@twofold/i18n`.
 */
export const safetyEn = {
  securityLog: {
    title: "Security log",
    rowHint: "Sign-ins and every security change, with the browser and address they came from.",
    intro:
      "Every sign-in and every change to your account's security, newest first, with the browser and the IP address it came from. If something here was not you, change your password and sign out the sessions you do not recognise.",
    empty: "Nothing has been recorded yet.",
    ip: "IP address",
    attention: "Needs attention:",
    showOlder: "Show older events",
    loadingOlder: "Loading older events…",
    end: "This is the start of your security log.",
  },
  notMe: {
    title: "This wasn't me",
    intro:
      "You opened the link of a Twofold security email because it told of something you did not do. Securing your account does this at once:",
    steps: [
      "Every browser and device signed in to your account is signed out, this one included.",
      "Trusted browsers are forgotten: each asks for the second step again.",
      "All application passwords are revoked: mail, calendar and file apps stop syncing until you give them new ones.",
      "At your next sign-in you choose a new password, before anything else.",
    ],
    keeps:
      "A two-step method or application password that the email told of as added is removed too; your other two-step methods stay as they are. Nothing happens until you press the button.",
    submit: "Sign out everywhere and secure my account",
    doneTitle: "Your account is secured",
    done: (n: number) =>
      n === 0
        ? "No session was signed in. Trusted browsers were forgotten and application passwords revoked."
        : n === 1
          ? "1 session was signed out. Trusted browsers were forgotten and application passwords revoked."
          : `${n} sessions were signed out. Trusted browsers were forgotten and application passwords revoked.`,
    next: "Now sign in and choose a new password. Then look through your security log for anything else you did not do.",
    about: {
      factorRemoved: (method: string, label: string) =>
        `Removed, as someone else added it: ${method} “${label}”.`,
      twoStepOff:
        "Two-step verification is off again, as before it was added. After the new password, turn it on with a method of your own.",
      appPasswordRevoked: (name: string) =>
        `The application password “${name}” that was created no longer works.`,
      addAgain: (method: string, label: string) =>
        `To put back ${method} “${label}”: sign in, choose the new password, then add it again in Two-step verification.`,
      turnOnAgain:
        "To turn two-step verification back on: sign in, choose the new password, then add a method in Two-step verification.",
    },
    signIn: "Sign in",
    invalid:
      "Links in security emails work for 7 days. If you still think someone else uses your account, sign in, change your password and sign out your other sessions.",
  },
  passwordRequired: {
    title: "Choose a new password first",
    text: "Someone else may know your password: a sign-in you did not make was reported, from your device (“NO, and report it”) or with “This wasn't me” in a security email. After “This wasn't me”, every session was also signed out, trusted browsers were forgotten and application passwords were revoked. Choose a new password to continue.",
    done: "Your new password is set. Look through your security log for anything else you did not do.",
  },
  disabledMethods: {
    title: (method: string) => `${method} is turned off`,
    text: "It was turned off after 100 wrong tries in a row, so that nobody can keep guessing. If those tries were not yours, change your password first. It stays off until you turn it back on.",
    turnOn: "Turn back on",
    turnOnLabel: (method: string) => `Turn back on: ${method}`,
    turnedOn: (method: string) => `${method} is on again.`,
  },
};

export type SafetyMessages = typeof safetyEn;
