import type { ResetMessages } from "./en";

export const resetIt: ResetMessages = {
  reset: {
    forgot: "Password dimenticata?",
    askTitle: "Scegliere una nuova password",
    askIntro:
      "Scriva l'indirizzo del suo account: gli inviamo un link per scegliere una nuova password.",
    email: "Indirizzo e-mail",
    send: "Invia il link",
    sent: "Se esiste un account per questo indirizzo, gli abbiamo inviato un link. Vale una volta, per 30 minuti.",
    backToSignIn: "Torna all'accesso",
    checking: "Verifica del link…",
    noToken: "Questa pagina si apre dal link dell'e-mail. Ne chieda uno nuovo.",
    askAgain: "Chiedi un nuovo link",
    factorTitle: "Prima, il secondo passaggio",
    factorIntro:
      "Il suo account ha la verifica in due passaggi attiva: confermi che è lei con uno dei suoi metodi prima di scegliere la nuova password.",
    chooseMethod: "Scelga un metodo",
    otherMethod: "Usa un altro metodo",
    newPassword: "Nuova password",
    newPasswordHint: "Almeno 10 caratteri.",
    repeat: "Nuova password, di nuovo",
    mismatch: "Le due password non sono uguali.",
    submit: "Imposta la nuova password",
    doneTitle: "Password cambiata",
    done: "La password è stata cambiata e tutte le sessioni sono state chiuse. Acceda con la nuova password.",
    signIn: "Accedi",
    leftoverTitle: "È in corso una reimpostazione della password",
    leftover:
      "Questo browser ha la sessione di una reimpostazione della password. Riapra il link dell'e-mail per completarla, o la annulli.",
    cancel: "Annulla la reimpostazione",
  },
};
