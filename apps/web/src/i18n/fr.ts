import { REASON_TEXT, RETRY_AT, RETRY_ON } from "@twofold/i18n";
import type { Messages } from "./en";
import { recoveryFr } from "./recovery/fr";
import { accountRecoveryFr } from "./account-recovery/fr";
import { safetyFr } from "./safety/fr";
import { checkupFr } from "./checkup/fr";
import { resetFr } from "./reset/fr";
import { verifyEmailFr } from "./verify-email/fr";
import { interactionFr } from "./interaction/fr";
import { securityFr } from "./security/fr";
import { passwordsFr } from "./passwords/fr";
import { stumblesFr } from "./stumbles/fr";
import { logToolsFr } from "./log-tools/fr";
import { syncFr } from "./sync/fr";
import { stepUpFr } from "./step-up/fr";
import { otpLinkFr } from "./otp-link/fr";

export const fr: Messages = {
  app: {
    name: "Twofold",
    tagline: "Votre compte, doublement protégé",
    language: "Langue",
    skipToContent: "Aller au contenu",
    loading: "Chargement…",
    notFound: "Cette page n'existe pas.",
    backHome: "Retour à votre compte",
    offline: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    retry: "Réessayer",
  },
  menu: {
    open: (name: string) => `Menu du compte de ${name}`,
    manageProfile: "Gérer mon profil",
    signOut: "Se déconnecter",
  },
  signIn: {
    title: "Connexion",
    email: "Adresse e-mail",
    password: "Mot de passe",
    remember: "Rester connecté sur ce navigateur",
    rememberHint:
      "Ne cochez pas cette case sur un ordinateur partagé : vous devrez vous reconnecter à chaque lancement du navigateur.",
    submit: "Se connecter",
    noAccount: "Pas encore de compte ?",
    createAccount: "Créer un compte",
    passkey: "Se connecter avec une clé d'accès",
    passkeyHint:
      "Sans e-mail ni mot de passe : votre clé de sécurité ou cet appareil confirme qu'il s'agit bien de vous.",
  },
  signUp: {
    title: "Créez votre compte",
    name: "Votre nom",
    email: "Adresse e-mail",
    password: "Mot de passe",
    passwordHint: "Au moins 10 caractères. Le mieux : une longue phrase dont vous vous souvenez.",
    submit: "Créer le compte",
    haveAccount: "Vous avez déjà un compte ?",
    signIn: "Se connecter",
  },
  secondFactor: {
    trust: "Ne plus demander sur ce navigateur pendant 30 jours",
    trustHint:
      "Seulement sur un ordinateur que vous êtes seul à utiliser. Changer votre mot de passe ou vos méthodes y met fin.",
    trustFailed:
      "Ce navigateur n'a pas pu être mémorisé : la deuxième étape sera de nouveau demandée la prochaine fois.",
    title: "Validation en deux étapes",
    intro: "Pour protéger votre compte, confirmez qu'il s'agit bien de vous.",
    totpLabel: "Code de votre application d'authentification",
    totpHint:
      "Ouvrez votre application d'authentification et saisissez le code à 6 chiffres qu'elle affiche pour Twofold.",
    backupLabel: "Code de secours",
    backupHint:
      "Saisissez l'un des codes de secours que vous avez conservés lors de l'activation de la validation en deux étapes. Chaque code ne fonctionne qu'une seule fois.",
    submit: "Vérifier",
    otherMethod: "Utiliser une autre méthode",
    chooseMethod: "Choisissez une méthode",
    cancel: "Annuler et se déconnecter",
    remainingAfter: (n: number) =>
      n === 0
        ? "Il ne vous reste aucun code de secours."
        : n === 1
          ? "Il vous reste 1 code de secours."
          : `Il vous reste ${n} codes de secours.`,
    keyTitle: "Utilisez votre clé de sécurité",
    keyText:
      "Appuyez sur le bouton, puis insérez votre clé de sécurité et touchez-la quand elle clignote, ou confirmez avec la clé d'accès de cet appareil.",
    keyButton: "Utiliser la clé de sécurité",
    deviceCodeOffer: "Utiliser plutôt le code affiché par votre appareil",
    deviceCodeLabel: "Code affiché par votre appareil",
    deviceCodeHint:
      "Quand une demande ne peut pas atteindre votre appareil, il affiche un code à 6 chiffres (dans le terminal : touche o).",
    pushTitle: "Vérifiez votre appareil",
    pushNumberLabel: "Saisissez ce nombre sur votre appareil",
    pushStarting: "Envoi d'une demande à votre appareil…",
    pushWaiting: "En attente de votre réponse sur l'appareil.",
    pushPlace: (near: string) => `Votre appareil indique d'où vient cette connexion : ${near}.`,
    pushApproved: "Approuvé sur votre appareil. Connexion en cours…",
    pushCancelled:
      "Cette demande de connexion a été annulée. Envoyez-en une nouvelle pour continuer.",
    pushExpires: (time: string) => `La demande expire à ${time}.`,
    pushAgain: "Envoyer une nouvelle demande",
    smsTitle: "Recevoir un code par SMS",
    smsText: "Nous envoyons un code à 6 chiffres par SMS à votre téléphone mobile.",
    smsSend: "Envoyer un code par SMS",
    smsSentTo: (to: string, time: string) => `Code envoyé au ${to}. Il expire à ${time}.`,
    smsResentTo: (to: string, time: string) =>
      `Un nouveau code a été envoyé au ${to} ; le précédent ne fonctionne plus. Il expire à ${time}.`,
    smsLabel: "Code reçu par SMS",
    smsHint: "Saisissez les 6 chiffres du SMS de Twofold.",
    smsAgain: "Envoyer un nouveau code",
    smsOthers: "Envoyer à un autre numéro",
  },
  methods: {
    totp: "Application d'authentification",
    totpDescription:
      "Codes générés par une application comme Google Authenticator, Aegis ou 1Password.",
    webauthn: "Clé de sécurité",
    webauthnDescription:
      "Une YubiKey ou toute clé FIDO2, ou une clé d'accès (passkey) sur cet appareil.",
    backup_code: "Code de secours",
    push: "Appareil d'authentification",
    pushDescription:
      "Un téléphone ou un terminal qui demande « Est-ce bien vous ? » et affiche la connexion.",
    sms: "Code par SMS",
    smsDescription:
      "Un code envoyé sur un téléphone mobile de Suisse, de France, de Belgique ou d'Allemagne.",
  },
  home: {
    greeting: (name: string) => `Bienvenue, ${name}`,
    intro: "Messagerie, agenda et espace de stockage, avec un seul compte.",
    manageProfile: "Gérer mon profil",
    twoStepOn: "La validation en deux étapes protège ce compte.",
    twoStepOff: "Votre compte n'est protégé que par un mot de passe. Ajoutez une deuxième étape.",
  },
  profile: {
    title: "Gérer mon profil",
    personal: "Informations personnelles",
    name: "Nom",
    email: "Adresse e-mail",
    memberSince: "Membre depuis",
    security: "Sécurité et récupération",
    securityIntro:
      "Comment vous vous connectez, et comment récupérer l'accès à votre compte si vous perdez votre téléphone.",
    twoStep: "Validation en deux étapes",
    on: "Activée",
    off: "Désactivée",
  },
  twoStep: {
    title: "Validation en deux étapes",
    back: "Gérer mon profil",
    statusOn: "La validation en deux étapes est activée",
    statusOnText: "La connexion nécessite votre mot de passe et l'une des méthodes ci-dessous.",
    statusOff: "La validation en deux étapes est désactivée",
    statusOffText:
      "Toute personne qui obtient votre mot de passe peut se connecter. Ajoutez une méthode ci-dessous : la validation en deux étapes s'active dès la première.",
    methods: "Vos méthodes",
    noMethods: "Aucune méthode pour le moment.",
    added: "Date d'ajout",
    platform: "Plateforme",
    lastSeen: "Dernière connexion",
    phone: "Numéro",
    lastUsed: "Dernière utilisation",
    never: "Jamais",
    passkey: "Clé d'accès",
    rename: "Renommer",
    renameLabel: (name: string) => `Nouveau nom pour ${name}`,
    save: "Enregistrer",
    cancel: "Annuler",
    remove: "Supprimer",
    removeTitle: (name: string) => `Supprimer ${name} ?`,
    removeText: "Vous ne pourrez plus l'utiliser pour vous connecter.",
    removed: (name: string) => `La méthode ${name} a été supprimée.`,
    renamed: "Nom enregistré.",
    preferred: "Méthode préférée",
    preferredHint: "Proposée en premier lors de la connexion.",
    preferredSaved: "Méthode préférée enregistrée.",
    addMethod: "Ajouter une méthode",
    backupCodes: "Codes de secours",
    backupRemaining: (n: number) =>
      n === 0
        ? "Il ne reste aucun code inutilisé."
        : n === 1
          ? "Il reste 1 code inutilisé."
          : `Il reste ${n} codes inutilisés.`,
    backupLow: "Il reste peu de codes : générez-en de nouveaux et conservez-les.",
    regenerate: "Générer de nouveaux codes",
    regenerateText:
      "Vos codes de secours actuels cesseront de fonctionner. Confirmez qu'il s'agit bien de vous.",
    turnOff: "Désactiver la validation en deux étapes",
    turnOffText:
      "Votre mot de passe suffira alors à lui seul pour accéder à votre compte. Toutes vos méthodes et tous vos codes de secours seront supprimés ; pour réactiver la validation en deux étapes, vous devrez ajouter de nouveau une méthode.",
    turnedOff: "La validation en deux étapes est désactivée.",
  },
  addTOTP: {
    title: "Ajouter une application d'authentification",
    nameLabel: "Nom de cette méthode",
    nameHint: "Pour distinguer vos applications, par exemple « Téléphone ».",
    defaultName: "Application d'authentification",
    continue: "Continuer",
    scan: "1. Scannez ce code QR avec votre application d'authentification",
    qrAlt: "Code QR permettant d'ajouter Twofold à une application d'authentification",
    manual: "Impossible de scanner le code ? Saisissez plutôt cette clé dans l'application :",
    copyKey: "Copier la clé",
    confirm: "2. Saisissez le code à 6 chiffres que l'application affiche maintenant",
    codeLabel: "Code de l'application",
    submit: "Activer",
    expires: (time: string) => `Cette configuration expire à ${time}.`,
    added: (name: string) => `La méthode ${name} a été ajoutée.`,
    cancel: "Annuler",
  },
  addKey: {
    title: "Ajouter une clé de sécurité",
    intro:
      "Une YubiKey ou toute clé FIDO2, ou une clé d'accès conservée par cet appareil ou votre gestionnaire de mots de passe. La connexion demandera alors votre mot de passe et une pression sur la clé.",
    nameLabel: "Nom de cette clé",
    nameHint: "Pour distinguer vos clés.",
    namePlaceholder: "YubiKey 5C, bleue",
    passkey: "L'utiliser comme clé d'accès : se connecter sans mot de passe",
    passkeyHint:
      "La clé vous connecte alors à elle seule, après son code PIN ou votre empreinte. Il faut une clé ou un appareil qui conserve les clés d'accès.",
    submit: "Ajouter la clé de sécurité",
    waiting:
      "Suivez les indications du navigateur : insérez votre clé et touchez-la quand elle clignote.",
    added: (name: string) => `La clé ${name} a été ajoutée.`,
    cancel: "Annuler",
    ipHost:
      "Les clés de sécurité ne fonctionnent qu'à une adresse avec un nom (localhost ou le domaine du site), pas à une adresse IP.",
    ipOtherHost: "Ouvrez Twofold par son nom de domaine pour ajouter une clé de sécurité.",
    openLocalhost: "Ouvrir cette page sur localhost",
  },
  addDevice: {
    title: "Ajouter un appareil d'authentification",
    intro:
      "Un téléphone ou un terminal qui demande « Est-ce bien vous ? » lors d'une connexion, indique d'où elle vient et vous permet de l'approuver ou de la refuser.",
    nameLabel: "Nom de cet appareil",
    nameHint: "Pour distinguer vos appareils.",
    defaultName: "Mon téléphone",
    continue: "Continuer",
    phoneStep:
      "Sur un téléphone : scannez ce code QR avec l'appareil photo du téléphone. Il ouvre l'authentificateur Twofold dans le navigateur du téléphone, qui ajoute le téléphone en une touche.",
    typeCode: (address: string) => `Ou ouvrez ${address} sur le téléphone et saisissez ce code :`,
    terminalBefore: "Dans le terminal d'un ordinateur : lancez",
    terminalAfter: "et saisissez le même code.",
    needsHTTPS:
      "Cette page est ouverte en HTTP simple : un téléphone ne peut pas être ajouté depuis elle, car son navigateur ne fait fonctionner l'authentificateur (son service worker et sa clé) que sur une page sécurisée en HTTPS. Placez d'abord Twofold derrière TLS ; le README de Twofold explique comment, dans « A phone needs HTTPS ». Un terminal fonctionne sans cela.",
    codeLabel: "Code d'enregistrement",
    copyCode: "Copier le code",
    qrAlt:
      "Code QR qui ouvre l'authentificateur Twofold sur un téléphone avec ce code d'enregistrement",
    expires: (time: string) => `Ce code expire à ${time}.`,
    waiting: "En attente de l'appareil…",
    expired: "Ce code a expiré avant qu'un appareil ne l'utilise.",
    startAgain: "Recommencer",
    added: (name: string) => `L'appareil ${name} a été ajouté.`,
    cancel: "Annuler",
  },
  addSMS: {
    title: "Ajouter un téléphone mobile pour les SMS",
    intro: "Lors de la connexion, Twofold peut envoyer un code à 6 chiffres par SMS à ce numéro.",
    countryLabel: "Pays",
    phoneLabel: "Numéro de mobile",
    phoneHint: (example: string) =>
      `Par exemple ${example}. Un numéro écrit avec son indicatif de pays fonctionne aussi.`,
    send: "Envoyer un code",
    sentTo: (to: string) => `Nous avons envoyé un code au ${to}`,
    resent: "Un nouveau code a été envoyé. Le précédent ne fonctionne plus.",
    codeLabel: "Code reçu par SMS",
    expires: (time: string) => `Le code expire à ${time}.`,
    submit: "Confirmer",
    resend: "Envoyer un nouveau code",
    changeNumber: "Changer de numéro",
    added: (name: string) => `Le numéro ${name} a été ajouté.`,
    cancel: "Annuler",
  },
  sms: {
    countries: { CH: "Suisse", FR: "France", BE: "Belgique", DE: "Allemagne" },
    weakTitle: "Le SMS est la méthode la moins sûre",
    weakText:
      "Un code envoyé par SMS peut être intercepté, et quelqu'un peut s'emparer de votre numéro en le faisant transférer sur sa propre carte SIM (« SIM swap »). Préférez une méthode plus sûre :",
  },
  keyErrors: {
    cancelled: "La demande à la clé de sécurité a été annulée ou a expiré. Réessayez.",
    alreadyRegistered:
      "Cette clé de sécurité est déjà enregistrée pour votre compte. Utilisez une autre clé, ou renommez celle que vous avez.",
    wrongDomain:
      "Les clés de sécurité ne peuvent pas être utilisées à cette adresse. Ouvrez Twofold par localhost ou son nom de domaine, pas par une adresse IP.",
    unsupported:
      "Ce navigateur ne peut pas utiliser de clés de sécurité. Essayez un navigateur à jour.",
    keyCannot:
      "Cette clé de sécurité ne peut pas faire ce qui est demandé (une clé d'accès nécessite un code PIN ou une empreinte).",
    failed: "La clé de sécurité n'a pas pu être utilisée. Réessayez.",
  },
  backupCodes: {
    title: "Vos codes de secours",
    intro:
      "Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une fois. Conservez-les en lieu sûr, par exemple dans un gestionnaire de mots de passe ou sur papier. Ils ne sont affichés que cette seule fois.",
    copy: "Copier",
    copied: "Copié",
    download: "Télécharger en .txt",
    print: "Imprimer",
    stored: "J'ai conservé ces codes",
    orTypeOne: "Ou saisissez l'un d'eux pour montrer que vous l'avez bien conservé",
    typeOneWrong: "Ce code ne fait pas partie de ceux affichés ci-dessus.",
    done: "Terminé",
    fileHeader: (email: string, date: string) =>
      `Codes de secours Twofold pour ${email}, générés le ${date}.\nChaque code ne fonctionne qu'une seule fois.`,
    leaveWarning: "Vous n'avez pas confirmé avoir conservé vos codes de secours.",
  },
  password: {
    title: "Confirmez qu'il s'agit bien de vous",
    text: "Confirmez qu'il s'agit bien de vous pour continuer.",
    label: "Mot de passe",
    submit: "Confirmer",
    cancel: "Annuler",
    wrong: "Ce mot de passe est incorrect.",
  },
  ...securityFr,
  ...stumblesFr,
  ...logToolsFr,
  ...passwordsFr,
  ...syncFr,
  ...stepUpFr,
  ...otpLinkFr,
  ...resetFr,
  ...safetyFr,
  ...checkupFr,
  ...recoveryFr,
  ...accountRecoveryFr,
  ...verifyEmailFr,
  ...interactionFr,
  reasons: REASON_TEXT.fr,
  retryAt: RETRY_AT.fr,
  retryOn: RETRY_ON.fr,
  copyFailed: "La copie a échoué : sélectionnez le texte et copiez-le vous-même.",
};
