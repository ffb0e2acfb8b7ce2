/**
 * The English strings of step-up with any strong method (issue 26): the "Confirm it is you"
 * dialog's methods. `en.ts` spreads them in; `StepUpMessages` is the shape the others fill.
 */
export const stepUpEn = {
  stepUp: {
    totpLabel: "Code from your authenticator app",
    totpHint: "The 6 digits your authenticator app shows now.",
    keyText: "Press the button, then touch your security key or confirm with your passkey.",
    keyButton: "Use my security key or passkey",
    pushStarting: "Sending a request to your authenticator device…",
    pushNumberLabel: "Pick this number on your authenticator device:",
    pushWaiting: "Waiting for your answer on the device…",
    pushApproved: "Approved on your device. One moment…",
    pushExpires: (time: string) => `The request expires at ${time}.`,
    pushCancelled: "The request was cancelled. Send a new one to go on.",
    pushAgain: "Send a new request",
    others: "Other methods",
    use: {
      password: "Use my password",
      totp: "Use a code from my authenticator app",
      webauthn: "Use my security key or passkey",
      push: "Use my authenticator device",
    },
  },
};

export type StepUpMessages = typeof stepUpEn;
