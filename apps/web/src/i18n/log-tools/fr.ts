import type { LogToolsMessages } from "./en";

export const logToolsFr: LogToolsMessages = {
  logTools: {
    filter: "Afficher",
    all: "Tous les événements",
    kinds: {
      sign_ins: "Connexions",
      methods: "Méthodes de validation en deux étapes",
      passwords_recovery: "Mots de passe et récupération",
      sessions_browsers: "Sessions et navigateurs",
      apps: "Applications et mots de passe d'application",
      account: "Compte",
    },
    emptyKind: "Aucun événement de ce type n'a été enregistré.",
    downloadTitle: "Télécharger votre journal",
    downloadIntro:
      "Tout le journal, du plus ancien au plus récent, avec la place de chaque événement dans la chaîne scellée de Twofold. Chaque ligne porte aussi une empreinte des lignes précédentes : n'importe qui peut ainsi vérifier que le fichier n'a pas été modifié, le fichier explique comment.",
    csv: "Télécharger (CSV)",
    json: "Télécharger (JSON)",
    preparing: "Préparation du fichier…",
  },
};
