import type { Text } from "../text";
import { ACCOUNT_TEXTS, type BrowserPolicy } from "../text-account";
import { SECURITY_TEXTS } from "../text-security";
import { SIGN_UP_TEXTS } from "../text-sign-up";

/** Le terminal en français, avec les mots du web (« méthode », « code de secours »). */
export const fr: Text = {
  title: "Twofold",
  connecting: (server: string) => `Connexion à ${server}…`,
  offline: (server: string) => `Le serveur ${server} est injoignable.`,
  offlineHint: "Vérifiez qu'il fonctionne et que l'adresse est juste.",
  welcome: {
    title: "Bienvenue sur Twofold",
    signIn: "Se connecter",
    signUp: "Créer un compte",
    quit: "Quitter",
  },
  signIn: {
    title: "Connexion",
    email: "Adresse e-mail",
    password: "Mot de passe",
    remember: "Rester connecté",
  },
  signUp: {
    title: "Créez votre compte",
    name: "Nom",
    email: "Adresse e-mail",
    password: "Mot de passe (au moins 10 caractères)",
  },
  secondFactor: {
    title: "Validation en deux étapes",
    totp: "Code de votre application d'authentification",
    backup_code: "Code de secours",
    sms: "Code reçu par SMS",
    smsTo: (masked: string) => `SMS au ${masked}`,
    other: "Utiliser une autre méthode",
    choose: "Choisissez une méthode",
    remaining: (n: number) =>
      n === 0
        ? "Il ne vous reste aucun code de secours."
        : n === 1
          ? "Il vous reste 1 code de secours."
          : `Il vous reste ${n} codes de secours.`,
    keys: {
      verify: "Entrée vérifier",
      newCode: "Ctrl+R nouveau code",
      other: "Tab autre méthode",
      cantUse: "Tab impossible ?",
      cancel: "Échap abandonner",
    },
  },
  methods: {
    totp: "Application d'authentification",
    webauthn: "Clé de sécurité",
    push: "Appareil d'authentification",
    sms: "Code par SMS",
    backup_code: "Code de secours",
  },
  securityKey: {
    title: "Ajouter une clé de sécurité",
    text: (server: string) =>
      `Une clé de sécurité (YubiKey ou toute clé FIDO2) ou une clé d'accès s'ajoute dans un navigateur web : ouvrez ${server}, puis Gérer mon profil › Sécurité et récupération › Validation en deux étapes › Ajouter une méthode › Clé de sécurité. Elle apparaît ensuite ici, où vous pouvez la renommer ou la supprimer.`,
    passkey: "clé d'accès",
  },
  settings: {
    title: "Validation en deux étapes",
    signedInAs: (name: string) => `Connecté en tant que ${name}`,
    on: "ACTIVÉE : la connexion demande votre mot de passe et l'une de vos méthodes.",
    off: "DÉSACTIVÉE : votre mot de passe seul ouvre votre compte. Ajoutez une méthode pour l'activer.",
    methods: "Vos méthodes",
    none: "Aucune méthode pour le moment.",
    added: "ajoutée le",
    lastUsed: "dernier usage :",
    never: "jamais",
    preferred: "préférée",
    addOTP: "Ajouter une application d'authentification",
    addKey: "Ajouter une clé de sécurité",
    addSMS: "Ajouter un téléphone mobile pour les SMS",
    smsWeak: "Le SMS est la méthode la moins sûre : un « SIM swap » peut voler vos codes.",
    smsAddStronger: "Ajoutez une application d'authentification, une clé ou un appareil.",
    smsUseStronger: "Connectez-vous avec vos autres méthodes quand vous le pouvez : plus sûres.",
    backupCodes: (n: number) => `Codes de secours (${n} restants) : générer de nouveaux codes`,
    turnOff: "Désactiver la validation en deux étapes",
    log: "Journal de sécurité",
    appPasswords: "Mots de passe d'application",
    sessions: "Où vous êtes connecté",
    browserPolicy: (policy: BrowserPolicy | null) =>
      policy === null
        ? "Connexion dans un navigateur"
        : `Connexion dans un navigateur : ${policy === "session_only" ? "à chaque lancement" : "rester connecté"}`,
    changePassword: "Changer le mot de passe",
    signOut: "Se déconnecter",
    quit: "Quitter",
  },
  factor: {
    rename: "Renommer",
    remove: "Supprimer",
    back: "Retour",
    newName: "Nouveau nom",
    removeConfirm: (name: string) =>
      `Supprimer ${name} ? Vous ne pourrez plus l'utiliser pour vous connecter.`,
    removeLast:
      "C'est votre dernière méthode : la validation en deux étapes se désactive et vos codes de secours sont effacés.",
    yes: "Oui, la supprimer",
    no: "Non, la garder",
    renamed: (label: string) => `Renommée en ${label}.`,
  },
  addTOTP: {
    title: "Ajouter une application d'authentification",
    name: "Nom de cette méthode",
    defaultName: "Application d'authentification",
    scan: "Scannez ce code avec votre application d'authentification :",
    key: "Ou saisissez cette clé dans l'application :",
    code: "Code que l'application affiche maintenant",
    expires: (time: string) => `Cette configuration expire à ${time}.`,
    tooSmall: (columns: number, rows: number) =>
      `Agrandissez le terminal à au moins ${columns}×${rows} pour voir le code QR, ou saisissez la clé ci-dessous.`,
  },
  sms: {
    title: "Ajouter un téléphone mobile pour les SMS",
    weak: "Le SMS est la méthode la moins sûre : une application d'authentification ou une clé de sécurité est plus sûre.",
    country: "Pays du numéro de mobile :",
    countryItem: (name: string, prefix: string) => `${name} (${prefix})`,
    number: "Numéro de mobile",
    numberHint: (name: string, prefix: string, example: string) =>
      `Un numéro de mobile (${name}), par exemple ${example} (ou avec ${prefix}).`,
    sending: "Envoi d'un code par SMS…",
    sentTo: (masked: string) => `Code envoyé au ${masked}.`,
    resentTo: (masked: string) =>
      `Un nouveau code a été envoyé au ${masked} ; le précédent ne fonctionne plus.`,
    expires: (time: string) => `Il expire à ${time}.`,
    code: "Code reçu par SMS",
    added: (label: string) => `Le numéro ${label} a été ajouté.`,
  },
  backupCodes: {
    title: "Vos codes de secours",
    intro:
      "Chaque code vous connecte une fois si vous perdez votre téléphone. Ils ne sont affichés que cette seule fois.",
    stored: "J'ai conservé ces codes",
  },
  saveFile: {
    file: "Nom du fichier",
    saved: (file: string) => `Enregistré dans ${file} (lisible par vous seul).`,
    exists: (file: string) => `${file} existe déjà : choisissez un autre nom.`,
    failed: (file: string, code: string) => `Impossible d'écrire ${file} (${code}).`,
  },
  ...ACCOUNT_TEXTS.fr,
  password: {
    title: "Confirmez qu'il s'agit bien de vous",
    label: "Mot de passe",
    wrong: "Ce mot de passe est incorrect.",
  },
  turnOff: {
    title: "Désactiver la validation en deux étapes",
    text: "Votre mot de passe suffira alors à ouvrir votre compte. Toutes vos méthodes et tous vos codes de secours seront supprimés.",
    regenerate: "Vos codes de secours actuels cessent de fonctionner et 10 nouveaux sont affichés.",
  },
  ...SECURITY_TEXTS.fr,
  ...SIGN_UP_TEXTS.fr,
  more: (above: number, below: number) =>
    `  ${[above > 0 && `↑ ${above} de plus`, below > 0 && `↓ ${below} de plus`].filter(Boolean).join(" · ")}`,
  keys: {
    menu: "↑↓/j/k déplacer · Entrée choisir · Échap retour · q quitter",
    top: "↑↓/j/k déplacer · Entrée choisir · q quitter",
    form: "Tab/↑↓ champ suivant · Entrée valider · Échap retour · Ctrl+C quitter",
    formFirst: "Tab/↑↓ champ suivant · Entrée valider · Ctrl+C quitter",
    input: "Entrée valider · Échap retour · Ctrl+C quitter",
    codes: "s enregistrer dans un fichier · Entrée je les ai conservés · Ctrl+C quitter",
    saveFile: "Entrée enregistrer · Échap annuler",
    appPasswords: "↑↓ · Entrée révoquer · n nouveau · a tout révoquer · Échap retour · q quitter",
    scopes: "↑↓/j/k déplacer · Espace choisir · a tout · Entrée suivant · Échap retour",
    shown: "s enregistrer dans un fichier · Entrée terminé (puis effacé) · Ctrl+C quitter",
    sessions: "↑↓ · Entrée terminer · o les autres · Tab confiance · Échap retour · q quitter",
    sessionsOnly: "↑↓/j/k · Entrée terminer · o toutes les autres · Échap retour · q quitter",
    trusted: "↑↓ · Entrée ne plus faire confiance · Tab sessions · Échap retour · q quitter",
    scroll: "↑↓/j/k défiler · Espace/PgSuiv/PgPréc page · Échap retour · q quitter",
    offline: "r réessayer · q quitter",
    back: "Entrée ou Échap retour · q quitter",
    smsCode: "Entrée confirmer · Ctrl+R nouveau code · Échap retour · Ctrl+C quitter",
  },
};
