import { hoursIn } from "../hours";
import type { AccountRecoveryMessages } from "./en";

export const accountRecoveryFr: AccountRecoveryMessages = {
  recovery: {
    lostAll: "Je ne peux utiliser aucune de mes méthodes",
    title: "Récupérer votre compte",
    intro: (hours: number | null) => {
      const wait =
        hours === null
          ? "un certain temps"
          : hoursIn("fr", hours, { one: "heure", other: "heures" });
      return `Vous avez perdu votre téléphone et vos codes de secours ? Vous pouvez reprendre votre compte, en sécurité : donnez votre mot de passe et une preuve que vous seul détenez. La récupération attend ensuite ${wait} avant de pouvoir être terminée, et toutes les adresses du compte sont prévenues aussitôt, pour que son propriétaire puisse annuler une récupération qu'il n'a pas commencée.`;
    },
    afterWait:
      "Une fois l'attente passée, revenez ici avec votre mot de passe et une preuve : vous choisissez un nouveau mot de passe, la validation en deux étapes est désactivée avec toutes ses méthodes, toutes les sessions et tous les mots de passe d'application prennent fin, et vous réactivez la validation en deux étapes.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    proofLegend: "Votre preuve",
    proofs: {
      email_link: "Un lien vers mon adresse de récupération",
      sms_code: "Un code vers mon téléphone de récupération",
      browser: "Ce navigateur : je m'y suis déjà connecté à mon compte",
      app_password: "Un de mes mots de passe d'application",
    },
    sendLink: "Envoyer le lien",
    linkSent:
      "Si ce compte a une adresse de récupération, un lien y a été envoyé. Ouvrez-le sur cet appareil.",
    fromLink:
      "Vous avez ouvert le lien envoyé à votre adresse de récupération : donnez votre mot de passe.",
    sendCode: "Envoyer le code",
    codeSent: (to: string) => `Un code a été envoyé au ${to}.`,
    noPhone: "Ce compte n'a pas de téléphone de récupération. Choisissez une autre preuve.",
    codeLabel: "Code reçu par SMS",
    appPasswordLabel: "Mot de passe d'application",
    start: "Commencer la récupération",
    started: "La récupération a commencé",
    endsAt: (when: string) => `Vous pourrez la terminer après le ${when}.`,
    startedText:
      "Toutes les adresses du compte ont été prévenues. Si vous avez encore une session quelque part, rien ne change avant la fin de l'attente.",
    completeTitle: "Terminer la récupération",
    newPassword: "Nouveau mot de passe",
    newPasswordHint: "Au moins 10 caractères.",
    complete: "Terminer la récupération",
    completeMode: "L'attente est passée : terminer une récupération",
    startMode: "Commencer une récupération",
    backToSignIn: "Retour à la connexion",
    done: "Votre compte est de nouveau à vous : la validation en deux étapes est désactivée. Réactivez-la maintenant.",
    banner: (when: string) =>
      `Une récupération de votre compte est en cours. Elle pourra être terminée à partir du ${when} : si vous ne l'avez pas commencée, annulez-la maintenant et changez votre mot de passe.`,
    cancel: "Annuler cette récupération",
    cancelled: "La récupération a été annulée. Elle ne peut pas reprendre.",
  },
};
