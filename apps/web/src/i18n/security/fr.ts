import type { SecurityMessages } from "./en";

export const securityFr: SecurityMessages = {
  appPasswords: {
    title: "Mots de passe d'application",
    rowHint:
      "Pour les applications de messagerie, d'agenda et de fichiers qui ne peuvent pas demander de deuxième étape.",
    why: "Les applications de messagerie, d'agenda et de fichiers (Thunderbird, Apple Mail, l'agenda d'un téléphone, un lecteur WebDAV) se connectent avec un simple mot de passe : elles ne peuvent pas vous demander de code ni de clé de sécurité. Une fois la validation en deux étapes activée, le mot de passe de votre compte n'y fonctionne plus : donnez plutôt à chaque application son propre mot de passe d'application.",
    web: "Un mot de passe d'application ne permet jamais de se connecter à ce site, n'ouvre que ce que vous choisissez et peut être révoqué à lui seul.",
    twoStepOff:
      "La validation en deux étapes est désactivée : le mot de passe de votre compte fonctionne encore dans ces applications pour l'instant.",
    yours: "Vos mots de passe d'application",
    none: "Aucun mot de passe d'application pour l'instant.",
    create: "Créer un mot de passe d'application",
    opens: "Ouvre",
    created: "Créé le",
    expires: "Expire",
    expired: "Expiré",
    noExpiry: "Jamais",
    lastUsed: "Dernière utilisation",
    neverUsed: "Jamais utilisé",
    ip: "Adresse IP",
    client: "Application",
    revoke: "Révoquer",
    revokeTitle: (name: string) => `Révoquer ${name} ?`,
    revokeText:
      "Les applications qui l'utilisent cessent aussitôt de se synchroniser et redemanderont un mot de passe.",
    revoked: (name: string) => `${name} a été révoqué.`,
    revokeAll: "Tout révoquer",
    revokeAllTitle: "Révoquer tous les mots de passe d'application ?",
    revokeAllText:
      "Chaque application connectée avec l'un d'eux cesse aussitôt de se synchroniser et redemandera un mot de passe.",
    revokedAll: (n: number) =>
      n === 1
        ? "1 mot de passe d'application a été révoqué."
        : `${n} mots de passe d'application ont été révoqués.`,
    cancel: "Annuler",
    nameLabel: "Nom",
    nameHint: "Où vous l'utiliserez, pour le reconnaître plus tard.",
    namePlaceholder: "Thunderbird sur le portable",
    scopesLegend: "Ce qu'il peut ouvrir",
    all: "Tout",
    scopes: { mail: "Messagerie", calendar: "Agendas et contacts", files: "Fichiers" },
    scopeHints: {
      mail: "IMAP, POP3 et SMTP : applications de messagerie comme Thunderbird ou Apple Mail.",
      calendar: "CalDAV et CardDAV : applications d'agenda et de carnet d'adresses.",
      files: "WebDAV : gestionnaires de fichiers et applications de stockage.",
    },
    expiryLabel: "Expire",
    expiryChoices: {
      none: "Jamais",
      "30d": "Dans 30 jours",
      "90d": "Dans 90 jours",
      "1y": "Dans 1 an",
      date: "À une date…",
    },
    dateLabel: "Date d'expiration",
    dateHint: "Il fonctionne jusqu'à la fin de ce jour-là.",
    noName: "Donnez-lui un nom.",
    noScope: "Choisissez au moins une chose qu'il peut ouvrir.",
    noDate: "Choisissez la date d'expiration.",
    pastDate: "Choisissez une date dans le futur.",
    submit: "Créer",
    shownTitle: (name: string) => `Mot de passe d'application pour ${name}`,
    shownIntro: "Copiez-le maintenant : il n'est affiché que cette fois.",
    copy: "Copier le mot de passe",
    howTitle: "Comment l'utiliser",
    howUser: (email: string) => `Nom d'utilisateur : votre adresse e-mail, ${email}.`,
    howPassword:
      "Mot de passe : ce mot de passe d'application, à la place du mot de passe de votre compte, dans l'application de messagerie, d'agenda ou de fichiers. Avec ou sans les tirets.",
    howOnce: "Il ne sera plus affiché. Si vous le perdez, révoquez-le et créez-en un nouveau.",
    done: "Terminé",
    createdNotice: (name: string) => `${name} a été créé.`,
  },
  /** The place of an address, from the IP-location database ("Zurich, CH"). */
  place: {
    near: (p: string) => `près de ${p}`,
    /** Followed by the link "DB-IP" (its licence, CC BY 4.0, asks for it where places show). */
    attribution: "Géolocalisation IP par",
  },
  sessions: {
    title: "Où vous êtes connecté",
    rowHint:
      "Les navigateurs et appareils connectés à votre compte, et les navigateurs de confiance.",
    intro:
      "Tous les navigateurs et appareils connectés à votre compte. Déconnectez ceux que vous ne reconnaissez pas, puis changez votre mot de passe.",
    count: (n: number) => (n === 1 ? "Connecté à 1 endroit." : `Connecté à ${n} endroits.`),
    device: (browser: string, os: string | null) => (os ? `${browser} sur ${os}` : browser),
    unknownBrowser: "Navigateur inconnu",
    thisBrowser: "Ce navigateur",
    ip: "Adresse IP",
    started: "Connecté le",
    lastSeen: "Dernière activité",
    lasts: "Reste connecté",
    persistent: "Pendant 30 jours d'utilisation",
    untilClosed: "Jusqu'à la fermeture du navigateur",
    apps: "Applications connectées",
    signOut: "Déconnecter",
    signedOut: (device: string) => `${device} a été déconnecté.`,
    signOutOthers: "Déconnecter toutes les autres sessions",
    signedOutOthers: (n: number) =>
      n === 1 ? "1 autre session a été déconnectée." : `${n} autres sessions ont été déconnectées.`,
    trustedTitle: "Navigateurs de confiance",
    trustedIntro:
      "Ces navigateurs sautent la deuxième étape pendant 30 jours, car vous y avez coché « Ne plus demander sur ce navigateur pendant 30 jours ». Ils sont tous oubliés quand vous changez votre mot de passe ou vos méthodes de validation.",
    noTrusted: "Aucun navigateur de confiance.",
    trustedSince: "De confiance depuis",
    lastUsed: "Dernière utilisation",
    trustedUntil: "Jusqu'au",
    forget: "Ne plus faire confiance",
    forgotten: (device: string) => `${device} demandera de nouveau la deuxième étape.`,
  },
  browserLaunch: {
    title: "S'authentifier à chaque lancement du navigateur",
    intro: "Combien de temps un navigateur reste connecté à votre compte après la connexion.",
    legend: "Quand vous vous connectez sur un navigateur",
    remember: "Rester connecté",
    rememberHint:
      "Si vous cochez « Rester connecté sur ce navigateur » à la connexion, le navigateur reste connecté pendant 30 jours d'utilisation.",
    sessionOnly: "S'authentifier à chaque lancement du navigateur",
    sessionOnlyHint:
      "Fermer le navigateur vous déconnecte, de même que 30 minutes sans activité ; après 12 heures, vous vous reconnectez dans tous les cas. Idéal sur un ordinateur que d'autres utilisent aussi.",
    appliesNext:
      "Un changement s'applique à partir de votre prochaine connexion : les navigateurs connectés maintenant restent tels quels.",
    save: "Enregistrer",
    saved: "Enregistré. Cela s'applique à partir de votre prochaine connexion.",
  },
  changePassword: {
    title: "Changer le mot de passe",
    rowHint: "Révoque aussi vos mots de passe d'application et déconnecte vos autres sessions.",
    intro:
      "Changer votre mot de passe révoque aussi tous vos mots de passe d'application, déconnecte tous les autres navigateurs et appareils, et oublie les navigateurs de confiance. Ce navigateur reste connecté.",
    newLabel: "Nouveau mot de passe",
    newHint: "Au moins 10 caractères. Le mieux : une longue phrase dont vous vous souvenez.",
    repeatLabel: "Nouveau mot de passe, encore une fois",
    mismatch: "Les deux mots de passe ne sont pas identiques.",
    submit: "Changer le mot de passe",
    confirmText: "Saisissez votre mot de passe actuel pour le changer.",
    changed: "Votre mot de passe a été changé.",
    appPasswordsRevoked: (n: number) =>
      n === 0
        ? "Vous n'aviez aucun mot de passe d'application à révoquer."
        : n === 1
          ? "1 mot de passe d'application a été révoqué : créez-en un nouveau pour l'application qui l'utilisait."
          : `${n} mots de passe d'application ont été révoqués : créez-en de nouveaux pour les applications qui les utilisaient.`,
    sessionsEnded: (n: number) =>
      n === 0
        ? "Aucune autre session n'était connectée."
        : n === 1
          ? "1 autre session a été déconnectée."
          : `${n} autres sessions ont été déconnectées.`,
  },
};
