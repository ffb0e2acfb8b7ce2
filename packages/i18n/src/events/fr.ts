import type { Sentences } from "./types";
import { paren } from "./words";

export const fr: Sentences = {
  account_created: () => "Compte créé.",
  sign_in_succeeded: (d) =>
    d.text("factor") === "trusted_browser"
      ? "Connexion sur un navigateur de confiance, sans deuxième étape."
      : `Connexion avec : ${d.named()}.`,
  sign_in_failed: (d) => `Connexion refusée : mot de passe erroné${paren(d.protocol())}.`,
  sign_in_pending_second_factor: () => "Mot de passe accepté ; la deuxième étape a été demandée.",
  sign_in_rate_limited: (d) => `Trop d'essais (${d.method()}) : connexion suspendue un moment.`,
  second_factor_failed: (d) => `Deuxième étape échouée (${d.method()}).`,
  code_replay_refused: (d) => `Code déjà utilisé refusé (${d.method()}).`,
  factor_locked: (d) => `Méthode bloquée un moment après trop d'essais erronés : ${d.method()}.`,
  factor_disabled: (d) => `Méthode désactivée après 100 essais erronés d'affilée : ${d.method()}.`,
  factor_enabled_again: (d) => `Méthode réactivée : ${d.method()}.`,
  factor_added: (d) => `Méthode ajoutée : ${d.named()}.`,
  factor_renamed: (d) => `Méthode renommée (${d.method()}) : ${d.quoted("label")}.`,
  factor_removed: (d) => `Méthode retirée : ${d.named()}.`,
  two_factor_enabled: () => "Validation en deux étapes activée.",
  two_factor_disabled: () => "Validation en deux étapes désactivée.",
  methods_confirmed: () =>
    "Confirmé que les méthodes de validation en deux étapes fonctionnent toujours (contrôle des 30 jours).",
  backup_code_used: (d) => `Code de secours utilisé : il en reste ${d.count("remaining")}.`,
  backup_codes_generated: (d) => `${d.count("count")} nouveaux codes de secours créés.`,
  preferred_factor_changed: (d) => `Méthode préférée : ${d.method()}.`,
  reauthenticated: (d) =>
    ["", "password"].includes(d.text("factor"))
      ? "Mot de passe confirmé pour une modification de sécurité."
      : `Identité confirmée pour une modification de sécurité avec : ${d.named()}.`,
  signed_out: () => "Déconnexion.",
  cloned_key_suspected: (d) =>
    `Clé de sécurité ${d.quoted("label")} refusée : elle a peut-être été copiée.`,
  push_approved: (d) => `Connexion approuvée sur ${d.quoted("device")}.`,
  push_denied: (d) => `Connexion refusée sur ${d.quoted("device")}.`,
  push_reported: (d) =>
    `Demande de connexion signalée sur ${d.quoted("device")} ; les demandes sont suspendues.`,
  push_wrong_number: (d) => `Mauvais nombre saisi sur ${d.quoted("device")} : connexion refusée.`,
  sms_code_sent: (d) =>
    d.text("purpose") !== "sign_in"
      ? `Code envoyé par SMS au ${d.text("to")} pour confirmer le numéro.`
      : `Code de connexion envoyé par SMS au ${d.text("to")}.`,
  sms_code_not_sent: (d) => `Le code par SMS au ${d.text("to")} n'a pas pu être envoyé.`,
  app_password_created: (d) => `Mot de passe d'application créé : ${d.quoted("name")}.`,
  app_password_revoked: (d) => `Mot de passe d'application révoqué : ${d.quoted("name")}.`,
  app_passwords_revoked: (d) => {
    const n = d.count("count");
    const what =
      n === 1
        ? "1 mot de passe d'application révoqué"
        : `${n} mots de passe d'application révoqués`;
    const why = {
      password_changed: " après le changement de mot de passe",
      not_me: " après « Ce n'était pas moi »",
    };
    return `${what}${why[d.text("because") as keyof typeof why] ?? ""}.`;
  },
  app_password_first_used: (d) =>
    `Première utilisation du mot de passe d'application ${d.quoted("name")}${paren(d.protocol())}.`,
  sync_login_refused: (d) => {
    const p = d.protocol();
    switch (d.text("reason")) {
      case "APP_PASSWORD_REQUIRED":
        return `Une application${paren(p)} a essayé le mot de passe du compte : refusé, il lui faut un mot de passe d'application.`;
      case "SCOPE_NOT_ALLOWED":
        return `Mot de passe d'application ${d.quoted("name")} refusé : il n'ouvre pas ${p}.`;
      case "APP_PASSWORD_EXPIRED":
        return `Mot de passe d'application ${d.quoted("name")} refusé : il a expiré.`;
      default:
        return `Connexion d'une application${paren(p)} refusée.`;
    }
  },
  password_changed: () => "Mot de passe changé.",
  session_ended: (d) =>
    d.text("current") === "true"
      ? "Ce navigateur a été déconnecté depuis la liste des sessions."
      : "Une autre session a été déconnectée.",
  sessions_ended: (d) => {
    const n = d.count("count");
    return n === 1 ? "1 autre session déconnectée." : `${n} autres sessions déconnectées.`;
  },
  browser_policy_changed: (d) =>
    d.text("policy") === "session_only"
      ? "Les navigateurs demandent désormais de s'authentifier à chaque lancement."
      : "Les navigateurs peuvent désormais rester connectés.",
  browser_trusted: () => "Navigateur de confiance pendant 30 jours : pas de deuxième étape.",
  trusted_browser_revoked: () => "Un navigateur n'est plus de confiance.",
  not_me_reported: (d) => {
    const n = d.count("sessionsEnded");
    return `« Ce n'était pas moi » signalé : ${n === 1 ? "1 session fermée" : `${n} sessions fermées`}.`;
  },
  locale_changed: (d) => `Langue des e-mails : ${d.language()}.`,
  recovery_address_set: (d) => `Adresse de récupération définie : ${d.text("address")}.`,
  recovery_address_changed: (d) =>
    `Adresse de récupération changée de ${d.text("previous")} à ${d.text("address")}.`,
  recovery_address_removed: (d) => `Adresse de récupération ${d.text("address")} retirée.`,
  recovery_phone_set: (d) => `Mobile de récupération défini : ${d.text("phone")}.`,
  recovery_phone_changed: (d) =>
    `Mobile de récupération changé de ${d.text("previous")} à ${d.text("phone")}.`,
  recovery_phone_removed: (d) => `Mobile de récupération ${d.text("phone")} retiré.`,
  password_reset_requested: () =>
    "Un lien de réinitialisation du mot de passe a été envoyé par e-mail.",
  password_reset: (d) =>
    `Mot de passe réinitialisé par un lien envoyé par e-mail : ${d.count("sessionsEnded")} sessions fermées, ${d.count("appPasswordsRevoked")} mots de passe d'application révoqués.`,
  account_recovery_link_sent: (d) =>
    `Un lien de récupération du compte a été envoyé à l'adresse de récupération ${d.text("address")}.`,
  account_recovery_refused: (d) =>
    `Récupération du compte refusée : ${d.text("reason") === "RECOVERY_PROOF_MISSING" ? "aucune preuve donnée" : "preuve erronée"}.`,
  account_recovery_started: () =>
    "Récupération du compte commencée : elle attend avant de pouvoir être terminée. Annulez-la si ce n'était pas vous.",
  account_recovery_reminder: () =>
    "Rappel : une récupération du compte en attente se termine bientôt.",
  account_recovery_cancelled: () => "Récupération du compte annulée.",
  account_recovery_completed: () =>
    "Récupération du compte terminée : nouveau mot de passe, validation en deux étapes désactivée, toutes les sessions fermées.",
  sign_up_attempted: () =>
    "Quelqu'un a tenté de s'inscrire avec cette adresse ; rien n'a changé (un e-mail vous l'a dit).",
  sign_up_repeated: () =>
    "Nouvelle inscription avant la confirmation de l'adresse : un nouveau mot de passe attend et un nouveau code a été envoyé.",
  verification_code_sent: () => "Un code pour confirmer l'adresse a été envoyé par e-mail.",
  email_verified: () => "Adresse confirmée ; connecté.",
  app_signed_in: (d) => `Connexion à ${d.quoted("app")} via Twofold.`,
  app_authorized: (d) => `L'application ${d.quoted("app")} peut désormais voir votre compte.`,
};
