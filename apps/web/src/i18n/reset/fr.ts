import type { ResetMessages } from "./en";

export const resetFr: ResetMessages = {
  reset: {
    forgot: "Mot de passe oublié ?",
    askTitle: "Choisir un nouveau mot de passe",
    askIntro:
      "Saisissez l'adresse de votre compte : nous lui envoyons un lien pour choisir un nouveau mot de passe.",
    email: "Adresse e-mail",
    send: "Envoyer le lien",
    sent: "Si un compte existe pour cette adresse, nous lui avons envoyé un lien. Il sert une fois, pendant 30 minutes.",
    backToSignIn: "Retour à la connexion",
    checking: "Vérification du lien…",
    noToken: "Cette page s'ouvre depuis le lien de l'e-mail. Demandez-en un nouveau.",
    askAgain: "Demander un nouveau lien",
    factorTitle: "D'abord, la deuxième étape",
    factorIntro:
      "La validation en deux étapes est activée sur votre compte : confirmez que c'est vous avec l'une de ses méthodes avant de choisir le nouveau mot de passe.",
    chooseMethod: "Choisir une méthode",
    otherMethod: "Utiliser une autre méthode",
    newPassword: "Nouveau mot de passe",
    newPasswordHint: "Au moins 10 caractères.",
    repeat: "Nouveau mot de passe, encore une fois",
    mismatch: "Les deux mots de passe ne sont pas identiques.",
    submit: "Enregistrer le nouveau mot de passe",
    doneTitle: "Mot de passe changé",
    done: "Votre mot de passe a été changé et toutes les sessions ont été déconnectées. Connectez-vous avec le nouveau mot de passe.",
    signIn: "Se connecter",
    leftoverTitle: "Une réinitialisation du mot de passe est en cours",
    leftover:
      "Ce navigateur détient la session d'une réinitialisation du mot de passe. Ouvrez à nouveau le lien de l'e-mail pour la terminer, ou annulez-la.",
    cancel: "Annuler la réinitialisation",
  },
};
