import type { CheckupMessages } from "./en";

export const checkupFr: CheckupMessages = {
  checkup: {
    title: "Bilan de sécurité",
    rowHint: "Ce qui protège votre compte aujourd'hui, et ce qui le rendrait plus sûr.",
    intro:
      "Un coup d'œil sur ce qui protège votre compte, avec une étape pour chaque chose utile à faire. Rien ne change tout seul : chaque bouton vous mène à la page où vous décidez.",
    protectionsTitle: "Ce qui protège votre compte aujourd'hui",
    twoStep: "Validation en deux étapes",
    on: "Activée",
    off: "Désactivée",
    since: (date: string) => `Activée depuis le ${date}`,
    methods: "Méthodes",
    noMethods: "Aucune",
    backupCodes: "Codes de secours restants",
    recoveryAddress: "Adresse de récupération",
    recoveryPhone: "Mobile de récupération",
    set: "Définie",
    notSet: "Non définie",
    todoTitle: "Recommandations",
    nothingTitle: "Rien à faire",
    nothing:
      "Votre compte est bien protégé. Revenez de temps en temps, et chaque fois que vous changez de téléphone.",
    twoStepOff:
      "Quiconque apprend votre mot de passe peut se connecter. Activez la validation en deux étapes.",
    turnOn: "Activer la validation en deux étapes",
    onlyOneMethod:
      "Vous avez une seule méthode de validation. Si vous la perdez, revenir dans votre compte prend des jours : ajoutez-en une deuxième.",
    addMethod: "Ajouter une autre méthode",
    onlySMS:
      "Les SMS peuvent être interceptés, ou reçus par quelqu'un qui obtient une nouvelle carte SIM à votre nom. Ajoutez une méthode plus sûre : une application d'authentification, une clé de sécurité ou l'appareil d'authentification.",
    addStronger: "Ajouter une méthode plus sûre",
    fewBackupCodes: (n: number) =>
      n === 0
        ? "Il ne reste aucun code de secours. Créez-en de nouveaux et gardez-les en lieu sûr."
        : n === 1
          ? "Il ne reste qu'un code de secours. Créez-en de nouveaux et gardez-les en lieu sûr."
          : `Il ne reste que ${n} codes de secours. Créez-en de nouveaux et gardez-les en lieu sûr.`,
    newCodes: "Créer de nouveaux codes de secours",
    noRecoveryAddress:
      "Aucune adresse de récupération : si vous perdez votre mot de passe ou vos méthodes, Twofold ne peut pas vous joindre dans une autre boîte e-mail.",
    addAddress: "Ajouter une adresse de récupération",
    unusedMethod: (method: string, date: string, used: boolean) =>
      used
        ? `${method} n'a pas servi depuis le ${date}. Vérifiez que vous l'avez encore, ou retirez-la.`
        : `${method}, ajoutée le ${date}, n'a jamais servi. Vérifiez que vous l'avez encore, ou retirez-la.`,
    reviewMethods: "Vérifier mes méthodes",
    unusualSession: (device: string, place: string, date: string) =>
      `${device} près de ${place} est connecté (vu le ${date}), depuis un pays d'où vous vous connectez rarement. Si ce n'était pas vous, déconnectez-le et changez votre mot de passe.`,
    reviewSessions: "Vérifier mes sessions",
    unusualBrowser: (device: string, place: string, date: string) =>
      `${device} près de ${place} est dispensé de la deuxième étape (utilisé le ${date}), depuis un pays d'où vous vous connectez rarement. Si ce n'était pas vous, retirez-lui votre confiance.`,
    reviewBrowsers: "Vérifier les navigateurs de confiance",
    methodsCheck: {
      title: "Vos méthodes fonctionnent-elles toujours ?",
      text: "La validation en deux étapes est activée depuis un mois. Vérifiez que vous pouvez toujours utiliser vos méthodes et retrouver vos codes de secours : si vous les perdez, revenir dans votre compte prend des jours.",
      yes: "Oui, elles fonctionnent",
      review: "Vérifier mes méthodes",
      dismiss: "Ne plus demander",
      thanks: "Merci. Nous ne vous le demanderons plus.",
      dismissed:
        "Nous ne vous le demanderons plus. Le bilan de sécurité est toujours sous « Sécurité et récupération ».",
    },
  },
};
