import type { RecoveryMessages } from "./en";

export const recoveryFr: RecoveryMessages = {
  recoveryContacts: {
    title: "Adresse et téléphone de récupération",
    rowHint:
      "Une autre boîte e-mail et un mobile pour revenir dans votre compte si vous en perdez l'accès.",
    intro:
      "Si vous perdez votre mot de passe ou vos méthodes de validation, Twofold vous joint ici. Chacun est confirmé par un code qui lui est envoyé, et chaque changement est annoncé par e-mail à votre adresse de connexion et à l'adresse de récupération.",
    addressTitle: "Adresse de récupération",
    phoneTitle: "Mobile de récupération",
    none: "Aucune",
    optional: "Facultatif.",
    waiting: (to: string) => `En attente du code envoyé à ${to}.`,
    emailLabel: "Adresse e-mail",
    emailHint: "Une autre boîte que celle avec laquelle vous vous connectez.",
    set: "Définir",
    change: "Changer",
    remove: "Retirer",
    send: "Envoyer un code",
    cancel: "Annuler",
    confirm: "Confirmer",
    codeLabel: "Code",
    mailedTo: (to: string) => `Saisissez le code envoyé par e-mail à ${to}.`,
    textedTo: (to: string) => `Saisissez le code envoyé par SMS au ${to}.`,
    expires: (time: string) => `Le code est valable jusqu'à ${time}.`,
    removeAddressText:
      "Retirer votre adresse de récupération ? Elle ne vous aidera plus à revenir dans votre compte.",
    removePhoneText:
      "Retirer votre mobile de récupération ? Il ne vous aidera plus à revenir dans votre compte.",
    addressSaved: (to: string) => `${to} est maintenant votre adresse de récupération.`,
    phoneSaved: (to: string) => `${to} est maintenant votre mobile de récupération.`,
    addressRemoved: "Votre adresse de récupération a été retirée.",
    phoneRemoved: "Votre mobile de récupération a été retiré.",
  },
};
