import type { InteractionMessages } from "./en";

export const interactionFr: InteractionMessages = {
  interaction: {
    loading: "Chargement de la demande de l'application…",
    signInTo: (app: string) => `Connectez-vous pour continuer vers ${app}`,
    again: {
      fresh: (app: string) => `${app} vous demande de vous reconnecter.`,
      "second-step": (app: string) => `${app} demande votre deuxième étape.`,
      "fresh-second-step": (app: string) =>
        `${app} vous demande de vous reconnecter, avec votre deuxième étape.`,
    },
    secondStepIntro: (app: string) =>
      `Confirmez qu'il s'agit bien de vous pour continuer vers ${app}.`,
    cancel: (app: string) => `Annuler et revenir à ${app}`,
    continueTitle: (app: string) => `Continuer vers ${app}`,
    signedInAs: (email: string) => `Vous êtes connecté en tant que ${email}.`,
    continue: "Continuer",
    leaving: (app: string) => `Redirection vers ${app}…`,
    twoStepOffTitle: "Validation en deux étapes requise",
    twoStepOff: (app: string) =>
      `${app} n'accepte que les comptes protégés par la validation en deux étapes. Ajoutez une méthode à votre compte, puis reconnectez-vous à ${app}.`,
    addMethod: "Activer la validation en deux étapes",
    expiredTitle: "Cette demande de connexion a expiré",
    expired:
      "Elle a déjà été utilisée, ou elle a attendu trop longtemps. Revenez à l'application et reconnectez-vous depuis celle-ci.",
    reasons: {
      INTERACTION_EXPIRED:
        "Cette demande de connexion a expiré. Revenez à l'application et reconnectez-vous depuis celle-ci.",
      NOT_SIGNED_IN: "Vous n'êtes plus connecté. Reconnectez-vous pour continuer.",
      UNMET_AUTHENTICATION_REQUIREMENTS:
        "L'application demande une connexion plus récente ou une deuxième étape. Revenez à l'application et reconnectez-vous.",
    },
  },
  consent: {
    title: (app: string) => `${app} demande l'accès à votre compte`,
    wants: (app: string) => `${app} souhaite :`,
    scopes: {
      openid: "Savoir qui vous êtes : l'identifiant de votre compte",
      email: "Voir votre adresse e-mail",
      profile: "Voir votre nom",
      offline_access:
        "Rester connectée quand vous ne l'utilisez pas, jusqu'à ce que vous mettiez fin à cette session dans Twofold",
    },
    unknownScope: (scope: string) => `Utiliser l'accès nommé « ${scope} »`,
    account: (app: string, email: string) => `${app} verra le compte ${email}.`,
    trust: "N'autorisez qu'une application en laquelle vous avez confiance.",
    allow: "Autoriser",
    deny: "Refuser",
  },
};
