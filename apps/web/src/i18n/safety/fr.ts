import type { SafetyMessages } from "./en";

export const safetyFr: SafetyMessages = {
  securityLog: {
    title: "Journal de sécurité",
    rowHint:
      "Les connexions et chaque modification de sécurité, avec le navigateur et l'adresse d'origine.",
    intro:
      "Chaque connexion et chaque modification de la sécurité de votre compte, de la plus récente à la plus ancienne, avec le navigateur et l'adresse IP d'origine. Si quelque chose ici ne vient pas de vous, changez votre mot de passe et déconnectez les sessions que vous ne reconnaissez pas.",
    empty: "Rien n'a encore été enregistré.",
    ip: "Adresse IP",
    attention: "À vérifier :",
    showOlder: "Afficher les événements plus anciens",
    loadingOlder: "Chargement des événements plus anciens…",
    end: "C'est le début de votre journal de sécurité.",
  },
  notMe: {
    title: "Ce n'était pas moi",
    intro:
      "Vous avez ouvert le lien d'un e-mail de sécurité de Twofold parce qu'il signalait quelque chose que vous n'avez pas fait. Sécuriser votre compte fait aussitôt ceci :",
    steps: [
      "Tous les navigateurs et appareils connectés à votre compte sont déconnectés, celui-ci compris.",
      "Les navigateurs de confiance sont oubliés : chacun redemandera la deuxième étape.",
      "Tous les mots de passe d'application sont révoqués : les applications de messagerie, d'agenda et de fichiers cessent de se synchroniser jusqu'à ce que vous leur en donniez de nouveaux.",
      "À votre prochaine connexion, vous choisissez un nouveau mot de passe avant toute autre chose.",
    ],
    keeps:
      "Une méthode de validation ou un mot de passe d'application dont l'e-mail signalait l'ajout est retiré aussi ; vos autres méthodes restent telles quelles. Rien ne se passe tant que vous n'avez pas appuyé sur le bouton.",
    submit: "Tout déconnecter et sécuriser mon compte",
    doneTitle: "Votre compte est sécurisé",
    done: (n: number) =>
      n === 0
        ? "Aucune session n'était connectée. Les navigateurs de confiance ont été oubliés et les mots de passe d'application révoqués."
        : n === 1
          ? "1 session a été déconnectée. Les navigateurs de confiance ont été oubliés et les mots de passe d'application révoqués."
          : `${n} sessions ont été déconnectées. Les navigateurs de confiance ont été oubliés et les mots de passe d'application révoqués.`,
    next: "Connectez-vous maintenant et choisissez un nouveau mot de passe. Parcourez ensuite votre journal de sécurité à la recherche d'autre chose que vous n'avez pas fait.",
    about: {
      factorRemoved: (method: string, label: string) =>
        `Retirée, car quelqu'un d'autre l'a ajoutée : ${method} « ${label} ».`,
      twoStepOff:
        "La validation en deux étapes est de nouveau désactivée, comme avant cet ajout. Après le nouveau mot de passe, activez-la avec une méthode à vous.",
      appPasswordRevoked: (name: string) =>
        `Le mot de passe d'application « ${name} » qui a été créé ne fonctionne plus.`,
      addAgain: (method: string, label: string) =>
        `Pour remettre ${method} « ${label} » : connectez-vous, choisissez le nouveau mot de passe, puis ajoutez-la à nouveau dans Validation en deux étapes.`,
      turnOnAgain:
        "Pour réactiver la validation en deux étapes : connectez-vous, choisissez le nouveau mot de passe, puis ajoutez une méthode dans Validation en deux étapes.",
    },
    signIn: "Se connecter",
    invalid:
      "Les liens des e-mails de sécurité fonctionnent pendant 7 jours. Si vous pensez toujours que quelqu'un d'autre utilise votre compte, connectez-vous, changez votre mot de passe et déconnectez vos autres sessions.",
  },
  passwordRequired: {
    title: "Choisissez d'abord un nouveau mot de passe",
    text: "Quelqu'un d'autre connaît peut-être votre mot de passe : une connexion que vous n'avez pas faite a été signalée, depuis votre appareil (« NON, et signaler ») ou avec « Ce n'était pas moi » dans un e-mail de sécurité. Après « Ce n'était pas moi », toutes les sessions ont aussi été déconnectées, les navigateurs de confiance oubliés et les mots de passe d'application révoqués. Choisissez un nouveau mot de passe pour continuer.",
    done: "Votre nouveau mot de passe est enregistré. Parcourez votre journal de sécurité à la recherche d'autre chose que vous n'avez pas fait.",
  },
  disabledMethods: {
    title: (method: string) => `Méthode désactivée : ${method}`,
    text: "Elle a été désactivée après 100 essais erronés d'affilée, pour que personne ne puisse continuer à deviner. Si ces essais ne venaient pas de vous, changez d'abord votre mot de passe. Elle reste désactivée jusqu'à ce que vous la réactiviez.",
    turnOn: "Réactiver",
    turnOnLabel: (method: string) => `Réactiver : ${method}`,
    turnedOn: (method: string) => `Méthode réactivée : ${method}.`,
  },
};
