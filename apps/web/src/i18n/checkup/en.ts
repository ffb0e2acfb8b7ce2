/**
 * The English strings of the security check-up and of the 30-day "Do your methods still work?"
 * banner. `en.ts` spreads them in; `CheckupMessages` is the shape the other languages fill.
 */
export const checkupEn = {
  checkup: {
    title: "Security check-up",
    rowHint: "What protects your account now, and what would make it safer.",
    intro:
      "A look at what protects your account, and one step for each thing worth doing. Nothing here changes by itself: each button takes you to the page where you decide.",
    protectionsTitle: "What protects your account now",
    twoStep: "Two-step verification",
    on: "On",
    off: "Off",
    since: (date: string) => `On since ${date}`,
    methods: "Methods",
    noMethods: "None",
    backupCodes: "Backup codes left",
    recoveryAddress: "Recovery address",
    recoveryPhone: "Recovery mobile",
    set: "Set",
    notSet: "Not set",
    todoTitle: "Recommendations",
    nothingTitle: "Nothing to do",
    nothing:
      "Your account is well protected. Come back from time to time, and whenever you change phones.",
    twoStepOff: "Anyone who learns your password can sign in. Turn on two-step verification.",
    turnOn: "Turn on two-step verification",
    onlyOneMethod:
      "You have one two-step method. If you lose it, getting back in takes days: add a second one.",
    addMethod: "Add another method",
    onlySMS:
      "Text messages can be intercepted, or taken by someone who gets a new SIM card in your name. Add a stronger method: an authenticator app, a security key or the authenticator device.",
    addStronger: "Add a stronger method",
    fewBackupCodes: (n: number) =>
      n === 0
        ? "No backup code is left. Make new ones and keep them somewhere safe."
        : n === 1
          ? "Only 1 backup code is left. Make new ones and keep them somewhere safe."
          : `Only ${n} backup codes are left. Make new ones and keep them somewhere safe.`,
    newCodes: "Make new backup codes",
    noRecoveryAddress:
      "No recovery address: if you lose your password or your methods, Twofold cannot reach you at another mailbox.",
    addAddress: "Add a recovery address",
    unusedMethod: (method: string, date: string, used: boolean) =>
      used
        ? `${method} has not been used since ${date}. Check that you still have it, or remove it.`
        : `${method}, added on ${date}, has never been used. Check that you still have it, or remove it.`,
    reviewMethods: "Review my methods",
    unusualSession: (device: string, place: string, date: string) =>
      `${device} near ${place} is signed in (last seen ${date}), from a country where you rarely sign in. If it was not you, sign it out and change your password.`,
    reviewSessions: "Review my sessions",
    unusualBrowser: (device: string, place: string, date: string) =>
      `${device} near ${place} is trusted to skip the second step (last used ${date}), from a country where you rarely sign in. If it was not you, stop trusting it.`,
    reviewBrowsers: "Review trusted browsers",
    methodsCheck: {
      title: "Do your methods still work?",
      text: "Two-step verification has been on for a month. Make sure you can still use your methods and find your backup codes: if you lose them, getting back in takes days.",
      yes: "Yes, they work",
      review: "Review my methods",
      dismiss: "Don't ask again",
      thanks: "Thank you. We won't ask again.",
      dismissed:
        "We won't ask again. The security check-up is always under “Security and recovery”.",
    },
  },
};

export type CheckupMessages = typeof checkupEn;
