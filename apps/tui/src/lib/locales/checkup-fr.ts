import type { CheckupText } from "../text-checkup";

/** Le bilan de sécurité, en français (les mots du web). */
export const checkupFr: CheckupText = {
  menuItem: "Bilan de sécurité",
  title: "Bilan de sécurité",
  protections: "Ce qui protège votre compte aujourd'hui",
  twoStep: (on, since) =>
    on
      ? `Validation en deux étapes : activée${since ? ` depuis le ${since}` : ""}`
      : "Validation en deux étapes : désactivée",
  methods: (list) => `Méthodes : ${list || "aucune"}`,
  backupCodes: (n) => `Codes de secours restants : ${n}`,
  recovery: (address, phone) =>
    `Adresse de récupération : ${address ? "définie" : "non définie"} · mobile : ${phone ? "défini" : "non défini"}`,
  todo: "À faire",
  nothing: "Rien à faire : votre compte est bien protégé.",
  finding: {
    two_step_off: "Quiconque apprend votre mot de passe peut se connecter.",
    two_step_offTodo: "Réglages : ajoutez une méthode ; la validation s'active avec la première.",
    only_one_method: "Une seule méthode : perdue, revenir dans le compte prend des jours.",
    only_one_methodTodo: "Réglages : ajoutez une autre méthode.",
    only_sms: "Les SMS peuvent être interceptés ou détournés avec une nouvelle carte SIM.",
    only_smsTodo: "Réglages : ajoutez une application, une clé de sécurité ou un appareil.",
    few_backup_codes: (n) =>
      n === 1 ? "Il ne reste qu'un code de secours." : `Il ne reste que ${n} codes de secours.`,
    few_backup_codesTodo:
      "Réglages : créez de nouveaux codes de secours et gardez-les en lieu sûr.",
    no_recovery_address:
      "Aucune adresse de récupération : Twofold ne peut pas vous joindre ailleurs.",
    no_recovery_addressTodo: "Réglages : Adresse et téléphone de récupération.",
    unused_method: (name, date, used) =>
      used
        ? `${name} : pas utilisée depuis le ${date}.`
        : `${name} : ajoutée le ${date}, jamais utilisée.`,
    unused_methodTodo: "Vérifiez que vous l'avez encore, ou retirez-la dans les réglages.",
    unusual_session: (device, place) =>
      `Connecté depuis un pays inhabituel : ${device}, près de ${place}.`,
    unusual_sessionTodo: "Pas vous ? Terminez-la dans Sessions et changez votre mot de passe.",
    unusual_trusted_browser: (device, place) =>
      `De confiance depuis un pays inhabituel : ${device}, près de ${place}.`,
    unusual_trusted_browserTodo: "Pas vous ? Retirez-lui votre confiance dans Sessions.",
  },
  methodsCheck: {
    question:
      "Vos méthodes fonctionnent-elles toujours ? La validation est activée depuis un mois.",
    yes: "Oui, elles fonctionnent",
    review: "Vérifier mes méthodes (bilan de sécurité)",
    dismiss: "Ne plus demander",
    thanks: "Merci. Nous ne vous le demanderons plus.",
    dismissed: "Nous ne vous le demanderons plus.",
  },
  keys: "Échap retour · q quitter",
};
