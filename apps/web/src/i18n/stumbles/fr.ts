import type { StumblesMessages } from "./en";

export const stumblesFr: StumblesMessages = {
  stumbles: {
    breadcrumb: "Fil d'Ariane",
    count: (n, max) => `${n} caractères sur ${max}`,
    atLimit: (max) => `${max} caractères au plus : la limite est atteinte.`,
    empty: (field) => `${field} : ce champ est vide. Saisissez-y quelque chose.`,
    tooLong: (field, max) => `${field} : trop long. ${max} caractères au plus.`,
    email: (field) =>
      `${field} : ce n'est pas une adresse e-mail. Écrivez-la comme anne@exemple.ch.`,
    removeLast: (name) =>
      `${name} est votre dernière méthode : la supprimer désactive la validation en deux étapes. Votre mot de passe seul ouvrira alors votre compte, et vos codes de secours seront supprimés.`,
  },
};
