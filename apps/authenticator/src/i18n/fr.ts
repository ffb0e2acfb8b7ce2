import type { Texts } from "./en";

export const fr: Texts = {
  appName: "Authentificateur Twofold",
  loading: "Chargement…",
  accounts: {
    title: "Vos comptes",
    empty: "Aucun compte sur ce téléphone pour l’instant.",
    add: "Ajouter un compte",
    remove: "Retirer de ce téléphone",
    removeConfirm: (account) =>
      `Retirer ${account} de ce téléphone ? Les demandes de connexion n’arriveront plus ici.`,
    removeYes: "Retirer",
    cancel: "Annuler",
    removed: (account) => `${account} a été retiré de ce téléphone.`,
    offline: "Afficher un code hors ligne",
    waiting: "En attente de demandes de connexion.",
  },
  enroll: {
    title: "Ajouter ce téléphone",
    intro: "Ce téléphone approuvera vos connexions. Sa clé est créée ici et ne le quitte jamais.",
    code: "Code d’inscription",
    codeHint: "Affiché sous le code QR dans vos paramètres de sécurité.",
    name: "Nom de ce téléphone",
    submit: "Ajouter ce téléphone",
    scan: "Scanner le code QR",
    adding: "Ajout…",
    done: (account) => `Ce téléphone approuve désormais les connexions à ${account}.`,
  },
  scanner: {
    title: "Scanner le code QR",
    help: "Visez le code QR de vos paramètres de sécurité avec la caméra.",
    close: "Fermer la caméra",
    denied: "La caméra n’est pas disponible. Saisissez le code.",
    notTwofold: "Ce code QR n’est pas un code d’inscription Twofold.",
  },
  request: {
    title: "Est-ce vous ?",
    intro: "Quelqu’un se connecte à votre compte.",
    account: "Compte",
    browser: "Navigateur",
    ip: "Adresse IP",
    place: "Lieu",
    near: (place) => `près de ${place}`,
    time: "Heure",
    unknown: "Inconnu",
    on: (browser, os) => `${browser} sur ${os}`,
    expiresIn: (seconds) => `Expire dans ${seconds} s`,
    yes: "Oui",
    no: "Non",
    report: "Non, et le signaler",
    number: "Nombre affiché sur la page de connexion",
    confirm: "Approuver",
    back: "Retour",
    retrying: "Pas de connexion au serveur. Nouvel essai d’envoi de votre réponse…",
    sending: "Envoi…",
    approved: "Approuvé. La connexion continue.",
    denied: "Refusé. Personne n’a été connecté.",
    reported: "Refusé et signalé. Nous avons sécurisé votre compte.",
    cancelled: "Cette connexion a été annulée.",
    answeredElsewhere: "Un autre appareil a répondu à cette connexion.",
    expired: "Cette demande de connexion a expiré.",
    wrongNumber:
      "Le nombre ne correspondait pas à la page de connexion : la connexion a été refusée. Si c’était vous, reconnectez-vous.",
    more: (count) => `${count} autre(s) demande(s) en attente.`,
  },
  notification: {
    title: (what) => `Demande de connexion : ${what}`,
    body: (account) => `${account}. Ouvrez pour répondre.`,
    aBrowser: "un navigateur",
  },
  offline: {
    title: "Code hors ligne",
    help: "Saisissez ce code sur la page de connexion quand aucune demande n’arrive sur ce téléphone.",
    valid: (seconds) => `Valable encore ${seconds} secondes`,
    close: "Terminé",
  },
  notifications: {
    ask: "Autoriser les notifications",
    explain:
      "Avec les notifications, les demandes de connexion arrivent sur ce téléphone même quand l’application est fermée.",
    without:
      "Sans notifications, les demandes n’arrivent que lorsque l’application est ouverte : il faudrait l’ouvrir à chaque connexion.",
    denied:
      "Les notifications sont bloquées pour cette application. Les demandes n’arrivent que lorsqu’elle est ouverte ; autorisez les notifications dans les réglages du site pour les recevoir à tout moment.",
    noPush:
      "Ce serveur n’envoie pas de notifications push : les demandes n’arrivent que lorsque l’application est ouverte.",
    unsupported:
      "Ce navigateur ne peut pas recevoir de notifications push : les demandes n’arrivent que lorsque l’application est ouverte. Sur iPhone, ajoutez d’abord l’application à l’écran d’accueil.",
    failed:
      "Les notifications n’ont pas pu être activées dans ce navigateur : les demandes n’arrivent que lorsque l’application est ouverte.",
    on: "Les notifications sont activées.",
  },
  connection: {
    live: "Connecté : les demandes arrivent aussitôt.",
    polling: "Recherche de demandes toutes les quelques secondes.",
  },
  install: {
    offer: "Installer l’application",
    why: "Installée, elle s’ouvre depuis l’écran d’accueil comme toute application, et démarre même sans connexion.",
    ios: "Pour l’installer : touchez Partager, puis Sur l’écran d’accueil. Sur iPhone, les notifications ne fonctionnent que pour l’application installée.",
  },
  recovery: {
    pending: (when: string) =>
      `Quelqu'un a commencé à récupérer ce compte. Fin le ${when} : si ce n'était pas vous, annulez-la maintenant.`,
    cancel: "Annuler cette récupération",
    cancelled: "La récupération a été annulée.",
  },
  reasons: {
    INVALID_CODE:
      "Ce code d’inscription n’est pas valable. Demandez-en un nouveau dans vos paramètres de sécurité.",
    CODE_ALREADY_USED: "Ce code d’inscription a déjà été utilisé. Demandez-en un nouveau.",
    CHALLENGE_EXPIRED: "Ce code d’inscription a expiré. Demandez-en un nouveau.",
    RATE_LIMITED: "Trop de tentatives. Attendez une minute et réessayez.",
    NETWORK: "Pas de connexion au serveur. Vérifiez votre connexion et réessayez.",
    DEVICE_NOT_FOUND: "Ce téléphone n’est plus inscrit pour ce compte.",
    INSECURE: "L’authentificateur a besoin d’une adresse sécurisée (https).",
    OTHER: "Une erreur s’est produite. Réessayez.",
  },
};
