import type { VerifyEmailMessages } from "./en";

export const verifyEmailIt: VerifyEmailMessages = {
  verifyEmail: {
    title: "Controlli la sua posta",
    sent: (email) =>
      `Abbiamo inviato un'e-mail a ${email}. Digiti il codice di 6 cifre che contiene, oppure apra il suo link.`,
    codeLabel: "Codice dell'e-mail",
    codeHint: "6 cifre. Il codice vale 30 minuti.",
    submit: "Conferma e accedi",
    sendAgain: "Invia di nuovo l'e-mail",
    sentAgain: "Una nuova e-mail è in arrivo. Vale solo il codice più recente.",
    notThere: "Niente nella casella? Guardi nella posta indesiderata, o verifichi l'indirizzo:",
    otherAddress: "Usa un altro indirizzo",
    linkTitle: "Confermi il suo indirizzo",
    linkText: (email) => `Confermi ${email} e acceda al suo nuovo account.`,
    linkSubmit: "Conferma il mio indirizzo",
    linkInvalid:
      "Questo link è incompleto. Apra di nuovo il link dell'e-mail più recente, oppure digiti il suo codice dopo la registrazione.",
    linkFailed:
      "Questo codice non vale più. Si registri di nuovo con lo stesso indirizzo per ricevere una nuova e-mail.",
    signUp: "Registrati",
  },
};
