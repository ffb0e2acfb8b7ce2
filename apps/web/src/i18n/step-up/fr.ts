import type { StepUpMessages } from "./en";

export const stepUpFr: StepUpMessages = {
  stepUp: {
    totpLabel: "Code de votre application d'authentification",
    totpHint: "Les 6 chiffres que votre application d'authentification affiche maintenant.",
    keyText:
      "Appuyez sur le bouton, puis touchez votre clé de sécurité ou confirmez avec votre clé d'accès.",
    keyButton: "Utiliser ma clé de sécurité ou clé d'accès",
    pushStarting: "Envoi d'une demande à votre appareil d'authentification…",
    pushNumberLabel: "Choisissez ce nombre sur votre appareil d'authentification :",
    pushWaiting: "En attente de votre réponse sur l'appareil…",
    pushApproved: "Approuvé sur votre appareil. Un instant…",
    pushExpires: (time) => `La demande expire à ${time}.`,
    pushCancelled: "La demande a été annulée. Envoyez-en une nouvelle pour continuer.",
    pushAgain: "Envoyer une nouvelle demande",
    others: "Autres méthodes",
    use: {
      password: "Utiliser mon mot de passe",
      totp: "Utiliser un code de mon application d'authentification",
      webauthn: "Utiliser ma clé de sécurité ou clé d'accès",
      push: "Utiliser mon appareil d'authentification",
    },
  },
};
