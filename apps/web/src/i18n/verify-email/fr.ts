import type { VerifyEmailMessages } from "./en";

export const verifyEmailFr: VerifyEmailMessages = {
  verifyEmail: {
    title: "Consultez vos e-mails",
    sent: (email) =>
      `Nous avons envoyé un e-mail à ${email}. Tapez le code à 6 chiffres qu'il contient, ou ouvrez son lien.`,
    codeLabel: "Code reçu par e-mail",
    codeHint: "6 chiffres. Le code est valable 30 minutes.",
    submit: "Confirmer et se connecter",
    sendAgain: "Renvoyer l'e-mail",
    sentAgain: "Un nouvel e-mail est en route. Seul le code le plus récent fonctionne.",
    notThere: "Rien dans votre boîte ? Regardez dans les indésirables, ou vérifiez l'adresse :",
    otherAddress: "Utiliser une autre adresse",
    linkTitle: "Confirmez votre adresse",
    linkText: (email) => `Confirmez ${email} et connectez-vous à votre nouveau compte.`,
    linkSubmit: "Confirmer mon adresse",
    linkInvalid:
      "Ce lien est incomplet. Ouvrez à nouveau le lien de l'e-mail le plus récent, ou tapez son code après l'inscription.",
    linkFailed:
      "Ce code ne fonctionne plus. Inscrivez-vous à nouveau avec la même adresse pour recevoir un nouvel e-mail.",
    signUp: "S'inscrire",
  },
};
