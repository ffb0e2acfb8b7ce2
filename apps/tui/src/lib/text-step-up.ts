import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** What the step-up screen says ("Confirm it is you", `screens/step-up`), in English. */
const en = {
  loading: "Looking up your methods…",
  choose: "Choose how to confirm it is you:",
  methods: {
    password: "Password",
    totp: "Code from your OTP app",
    push: "Approve on your authenticator device",
  },
  codeLabel: "Code from your OTP app (6 digits)",
  pushDenied: "The request was refused on your device.",
  pushCancelled: "This request was cancelled.",
  onlyKeys: (server: string) =>
    `Your security keys and passkeys work only in a web browser: open ${server} and make this change there.`,
  noMethod: (server: string) =>
    `None of your methods works in a terminal: open ${server} in a web browser and make this change there.`,
  /** The parts of the keys line, joined with " · ". */
  keys: {
    confirm: "Enter confirm",
    again: "Enter new request",
    other: "Tab another method",
    move: "↑↓/j/k move",
    choose: "Enter choose",
    back: "Esc back",
    quit: "Ctrl+C quit",
  },
};

/** The step-up screen's texts: every language has English's shape. */
export type StepUpText = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};

export const STEP_UP_TEXTS: Readonly<Record<Locale, StepUpText>> = {
  en,
  fr: {
    loading: "Recherche de vos méthodes…",
    choose: "Choisissez comment confirmer qu'il s'agit bien de vous :",
    methods: {
      password: "Mot de passe",
      totp: "Code de votre application OTP",
      push: "Approuver sur votre appareil d'authentification",
    },
    codeLabel: "Code de votre application OTP (6 chiffres)",
    pushDenied: "La demande a été refusée sur votre appareil.",
    pushCancelled: "Cette demande a été annulée.",
    onlyKeys: (server) =>
      `Vos clés de sécurité et clés d'accès ne fonctionnent que dans un navigateur web : ouvrez ${server} et faites-y ce changement.`,
    noMethod: (server) =>
      `Aucune de vos méthodes ne fonctionne dans un terminal : ouvrez ${server} dans un navigateur web et faites-y ce changement.`,
    keys: {
      confirm: "Entrée confirmer",
      again: "Entrée nouvelle demande",
      other: "Tab autre méthode",
      move: "↑↓/j/k déplacer",
      choose: "Entrée choisir",
      back: "Échap retour",
      quit: "Ctrl+C quitter",
    },
  },
  de: {
    loading: "Ihre Methoden werden gesucht…",
    choose: "Wählen Sie, wie Sie bestätigen, dass Sie es sind:",
    methods: {
      password: "Passwort",
      totp: "Code aus Ihrer OTP-App",
      push: "Auf Ihrem Authentifizierungsgerät bestätigen",
    },
    codeLabel: "Code aus Ihrer OTP-App (6 Ziffern)",
    pushDenied: "Die Anfrage wurde auf Ihrem Gerät abgelehnt.",
    pushCancelled: "Diese Anfrage wurde abgebrochen.",
    onlyKeys: (server) =>
      `Ihre Sicherheitsschlüssel und Passkeys funktionieren nur in einem Webbrowser: Öffnen Sie ${server} und nehmen Sie die Änderung dort vor.`,
    noMethod: (server) =>
      `Keine Ihrer Methoden funktioniert in einem Terminal: Öffnen Sie ${server} in einem Webbrowser und nehmen Sie die Änderung dort vor.`,
    keys: {
      confirm: "Enter bestätigen",
      again: "Enter neue Anfrage",
      other: "Tab andere Methode",
      move: "↑↓/j/k bewegen",
      choose: "Enter wählen",
      back: "Esc zurück",
      quit: "Strg+C beenden",
    },
  },
  it: {
    loading: "Ricerca dei suoi metodi…",
    choose: "Scelga come confermare che si tratta di lei:",
    methods: {
      password: "Password",
      totp: "Codice della sua app OTP",
      push: "Approvare sul suo dispositivo di autenticazione",
    },
    codeLabel: "Codice della sua app OTP (6 cifre)",
    pushDenied: "La richiesta è stata rifiutata sul suo dispositivo.",
    pushCancelled: "Questa richiesta è stata annullata.",
    onlyKeys: (server) =>
      `Le sue chiavi di sicurezza e passkey funzionano solo in un browser web: apra ${server} e faccia lì questa modifica.`,
    noMethod: (server) =>
      `Nessuno dei suoi metodi funziona in un terminale: apra ${server} in un browser web e faccia lì questa modifica.`,
    keys: {
      confirm: "Invio conferma",
      again: "Invio nuova richiesta",
      other: "Tab altro metodo",
      move: "↑↓/j/k sposta",
      choose: "Invio scegli",
      back: "Esc indietro",
      quit: "Ctrl+C esci",
    },
  },
};

/** The step-up screen's texts in the current language, read when used (see `localized`). */
export const STEP_UP_TEXT: StepUpText = localized(STEP_UP_TEXTS);
