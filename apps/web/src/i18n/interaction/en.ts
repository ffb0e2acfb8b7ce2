/**
 * The English strings of an app's sign-in through Twofold (an OpenID Connect request) and of the
 * consent page. `en.ts` spreads them in; `InteractionMessages` is the shape the others fill.
 */
export const interactionEn = {
  interaction: {
    loading: "Loading the app's request…",
    signInTo: (app: string) => `Sign in to continue to ${app}`,
    /** Why someone signed in already is asked to sign in: one sentence. */
    again: {
      fresh: (app: string) => `${app} asks you to sign in again.`,
      "second-step": (app: string) => `${app} asks for your second step.`,
      "fresh-second-step": (app: string) =>
        `${app} asks you to sign in again, with your second step.`,
    },
    secondStepIntro: (app: string) => `Confirm it is you to continue to ${app}.`,
    cancel: (app: string) => `Cancel and go back to ${app}`,
    continueTitle: (app: string) => `Continue to ${app}`,
    signedInAs: (email: string) => `You are signed in as ${email}.`,
    continue: "Continue",
    leaving: (app: string) => `Taking you to ${app}…`,
    twoStepOffTitle: "Two-step verification needed",
    twoStepOff: (app: string) =>
      `${app} accepts only accounts protected by two-step verification. Add a method to your account, then sign in to ${app} again.`,
    addMethod: "Set up two-step verification",
    expiredTitle: "This sign-in request has expired",
    expired:
      "It was already used, or it waited too long. Go back to the app and sign in from there again.",
    /** The server's reasons that only this page meets (the others are the API's `reasons`). */
    reasons: {
      INTERACTION_EXPIRED:
        "This sign-in request has expired. Go back to the app and sign in from there again.",
      NOT_SIGNED_IN: "You are no longer signed in. Sign in again to continue.",
      UNMET_AUTHENTICATION_REQUIREMENTS:
        "The app asks for a more recent sign-in or a second step. Go back to the app and sign in again.",
    },
  },
  consent: {
    title: (app: string) => `${app} asks for access to your account`,
    wants: (app: string) => `${app} wants to:`,
    scopes: {
      openid: "Know who you are: your account's identifier",
      email: "See your email address",
      profile: "See your name",
      offline_access:
        "Stay connected while you are not using it, until you end this session in Twofold",
    },
    unknownScope: (scope: string) => `Use the access named “${scope}”`,
    account: (app: string, email: string) => `${app} will see the account ${email}.`,
    trust: "Allow only an app you trust.",
    allow: "Allow",
    deny: "Deny",
  },
};

export type InteractionMessages = typeof interactionEn;
