/**
 * The English strings of "Recovery address and phone". `en.ts` spreads them in;
 * `RecoveryMessages` is the shape the other languages fill.
 */
export const recoveryEn = {
  recoveryContacts: {
    title: "Recovery address and phone",
    rowHint: "Another mailbox and a mobile that help you back in if you lose access.",
    intro:
      "If you lose your password or your two-step methods, Twofold reaches you here. Each is confirmed by a code sent to it, and every change is announced by email to your sign-in address and to the recovery address.",
    addressTitle: "Recovery address",
    phoneTitle: "Recovery mobile",
    none: "None",
    optional: "Optional.",
    waiting: (to: string) => `Waiting for the code sent to ${to}.`,
    emailLabel: "Email address",
    emailHint: "Another mailbox than the one you sign in with.",
    set: "Set",
    change: "Change",
    remove: "Remove",
    send: "Send a code",
    cancel: "Cancel",
    confirm: "Confirm",
    codeLabel: "Code",
    mailedTo: (to: string) => `Type the code mailed to ${to}.`,
    textedTo: (to: string) => `Type the code sent by SMS to ${to}.`,
    expires: (time: string) => `The code works until ${time}.`,
    removeAddressText: "Remove your recovery address? It will no longer help you back in.",
    removePhoneText: "Remove your recovery mobile? It will no longer help you back in.",
    addressSaved: (to: string) => `${to} is now your recovery address.`,
    phoneSaved: (to: string) => `${to} is now your recovery mobile.`,
    addressRemoved: "Your recovery address was removed.",
    phoneRemoved: "Your recovery mobile was removed.",
  },
};

export type RecoveryMessages = typeof recoveryEn;
