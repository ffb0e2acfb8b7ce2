import type { AccountText } from "../text-account";

/** Les accès du compte, en français (les mots du web : « mot de passe d'application »). */
export const accountFr: AccountText = {
  appPasswords: {
    title: "Mots de passe d'application",
    why: [
      "Les applications de messagerie, d'agenda et de fichiers ne peuvent pas demander",
      "de deuxième étape : donnez à chacune son propre mot de passe d'application. Il",
      "n'ouvre que ce que vous avez choisi, jamais le web ni ce terminal, et peut être",
      "révoqué à lui seul.",
    ],
    none: "Aucun mot de passe d'application pour l'instant.",
    scopes: { mail: "Messagerie", calendar: "Agendas et contacts", files: "Fichiers" },
    protocols: { mail: "IMAP, POP3 et SMTP", calendar: "CalDAV et CardDAV", files: "WebDAV" },
    created: (date: string) => `créé le ${date}`,
    expires: (date: string | null) => (date ? `expire le ${date}` : "sans expiration"),
    expired: (date: string) => `expiré le ${date}`,
    neverUsed: "jamais utilisé",
    lastUsed: (when: string, ip: string | null, client: string | null) =>
      `utilisé le ${when}${ip ? ` depuis ${ip}` : ""}${client ? ` avec ${client}` : ""}`,
    revokeConfirm: (name: string) =>
      `Révoquer ${name} ? Les applications qui l'utilisent ne pourront plus se connecter.`,
    revokeAllConfirm: (n: number) =>
      `Révoquer ${n === 1 ? "votre mot de passe d'application" : `les ${n} mots de passe d'application`} ? Chaque application en demandera alors un nouveau.`,
    yes: "Oui, révoquer",
    no: "Non, garder",
    revoked: (name: string) => `${name} a été révoqué.`,
    revokedAll: (n: number) =>
      n === 1
        ? "1 mot de passe d'application a été révoqué."
        : `${n} mots de passe d'application ont été révoqués.`,
  },
  newAppPassword: {
    title: "Nouveau mot de passe d'application",
    name: "Nom",
    nameHint:
      "À quoi il sert, par exemple « Thunderbird sur le portable » (64 caractères au plus).",
    nameMissing: "Donnez-lui un nom de 1 à 64 caractères.",
    scopes: "Que peut-il ouvrir ? Espace choisit, a choisit tout :",
    scopesMissing: "Choisissez-en au moins un.",
    expiry: "Quand cesse-t-il de fonctionner ?",
    expiries: {
      never: "Jamais (jusqu'à ce que vous le révoquiez)",
      d30: "Dans 30 jours",
      d90: "Dans 90 jours",
      y1: "Dans 1 an",
    },
    until: (date: string) => `jusqu'au ${date}`,
    shownTitle: "Votre nouveau mot de passe d'application",
    howTo: "Comment l'utiliser : dans l'application de messagerie ou d'agenda, connectez-vous avec",
    userName: (email: string) => `  Nom d'utilisateur : ${email}`,
    password: "  Mot de passe : ce mot de passe d'application, à la place du vôtre",
    dashes: "Avec ou sans les tirets.",
    once: "Il ne sera plus affiché : copiez-le maintenant dans l'application, ou enregistrez-le dans un fichier.",
    added: (name: string) => `${name} a été créé.`,
    fileText: (name: string, email: string, password: string, made: string) =>
      `Mot de passe d'application Twofold « ${name} », créé le ${made}.\nNom d'utilisateur : ${email}\nMot de passe : ${password}\n`,
  },
  sessions: {
    title: "Où vous êtes connecté",
    intro:
      "Chaque connexion, dans un navigateur ou un terminal. Déconnectez celles que vous ne reconnaissez pas.",
    on: (browser: string | null, os: string | null) =>
      browser && os
        ? `${browser} sur ${os}`
        : (browser ?? (os ? `Un navigateur sur ${os}` : "Application ou navigateur inconnu")),
    address: (ip: string, place: string | null) =>
      place ? `${ip || "adresse inconnue"} (près de ${place})` : ip,
    here: "ce terminal",
    times: (created: string, seen: string) => `connecté le ${created} · dernière activité ${seen}`,
    apps: (names: string[]) => `applications : ${names.join(", ")}`,
    endConfirm: (what: string) => `Déconnecter la session de ${what} ? Il faudra s'y reconnecter.`,
    endThisConfirm: "Déconnecter cette session ? Vous serez déconnecté ici.",
    endOthersConfirm: "Déconnecter toutes les autres sessions ? Seul ce terminal reste connecté.",
    yesEnd: "Oui, déconnecter",
    yesEndAll: "Oui, les déconnecter",
    no: "Non, garder",
    ended: "La session a été déconnectée.",
    endedOthers: (n: number) =>
      n === 0
        ? "Il n'y avait aucune autre session à déconnecter."
        : n === 1
          ? "1 autre session a été déconnectée."
          : `${n} autres sessions ont été déconnectées.`,
    trusted: "Navigateurs de confiance (ils sautent la deuxième étape jusqu'à la date indiquée) :",
    noTrusted: "Aucun navigateur de confiance.",
    trustedTimes: (created: string, used: string, until: string) =>
      `de confiance depuis le ${created} · utilisé le ${used} · jusqu'au ${until}`,
    revokeConfirm: (what: string) =>
      `Ne plus faire confiance à ${what} ? Sa prochaine connexion demandera la deuxième étape.`,
    yesRevoke: "Oui, ne plus lui faire confiance",
    revoked: (what: string) => `${what} n'est plus de confiance.`,
  },
  browserPolicy: {
    title: "Connexion dans un navigateur",
    intro: "Combien de temps dure une connexion dans un navigateur web :",
    session_only: "S'authentifier à chaque lancement du navigateur",
    session_onlyNote:
      "Elle prend fin à la fermeture du navigateur, après 30 minutes sans activité, ou au plus tard après 12 heures.",
    remember: "Rester connecté",
    rememberNote: "Pendant 30 jours d'utilisation, sauf si vous vous déconnectez.",
    current: " (actuel)",
    terminal:
      "Les connexions du terminal suivent aussi ce choix : 30 minutes sans activité, 12 heures au plus, ou 30 jours.",
    saved: (label: string) => `${label} : s'applique à partir de votre prochaine connexion.`,
  },
  changePassword: {
    title: "Changer votre mot de passe",
    intro: [
      "Tous vos mots de passe d'application sont révoqués, les navigateurs de",
      "confiance oubliés, et vous êtes déconnecté partout ailleurs. Ce terminal",
      "reste connecté.",
    ],
    password: "Nouveau mot de passe (au moins 10 caractères)",
    again: "Nouveau mot de passe, encore une fois",
    differ: "Les deux mots de passe ne sont pas identiques. Saisissez-les de nouveau.",
    done: (apps: number, sessions: number) =>
      `Mot de passe changé : ${apps === 1 ? "1 mot de passe d'application révoqué" : `${apps} mots de passe d'application révoqués`}, ${sessions === 1 ? "1 autre session déconnectée" : `${sessions} autres sessions déconnectées`}.`,
  },
};
