import { hoursIn } from "../hours";
import type { AccountRecoveryMessages } from "./en";

export const accountRecoveryIt: AccountRecoveryMessages = {
  recovery: {
    lostAll: "Non posso usare nessuno dei miei metodi",
    title: "Recuperare l'account",
    intro: (hours: number | null) => {
      const wait =
        hours === null ? "un certo tempo" : hoursIn("it", hours, { one: "ora", other: "ore" });
      return `Ha perso il telefono e i codici di riserva? Può riprendere il suo account in sicurezza: inserisca la password e una prova che solo lei possiede. Il recupero attende poi ${wait} prima di poter essere completato, e tutti gli indirizzi dell'account vengono avvisati subito, così il titolare può annullare un recupero che non ha avviato.`;
    },
    afterWait:
      "Finita l'attesa, torni qui con la password e una prova: sceglie una nuova password, la verifica in due passaggi viene disattivata con tutti i suoi metodi, tutte le sessioni e le password per app terminano, e lei riattiva la verifica in due passaggi.",
    email: "Indirizzo e-mail",
    password: "Password",
    proofLegend: "La sua prova",
    proofs: {
      email_link: "Un link al mio indirizzo di recupero",
      sms_code: "Un codice al mio telefono di recupero",
      browser: "Questo browser: ci ho già effettuato l'accesso al mio account",
      app_password: "Una delle mie password per app",
    },
    sendLink: "Invia il link",
    linkSent:
      "Se questo account ha un indirizzo di recupero, un link è in arrivo lì. Lo apra su questo dispositivo.",
    fromLink: "Ha aperto il link inviato al suo indirizzo di recupero: inserisca la password.",
    sendCode: "Invia il codice",
    codeSent: (to: string) => `Un codice è stato inviato al ${to}.`,
    noPhone: "Questo account non ha un telefono di recupero. Scelga un'altra prova.",
    codeLabel: "Codice dell'SMS",
    appPasswordLabel: "Password per app",
    start: "Avvia il recupero",
    started: "Il recupero è iniziato",
    endsAt: (when: string) => `Potrà completarlo dopo il ${when}.`,
    startedText:
      "Tutti gli indirizzi dell'account sono stati avvisati. Se ha ancora una sessione da qualche parte, nulla cambia fino alla fine dell'attesa.",
    completeTitle: "Completare il recupero",
    newPassword: "Nuova password",
    newPasswordHint: "Almeno 10 caratteri.",
    complete: "Completa il recupero",
    completeMode: "L'attesa è finita: completare un recupero",
    startMode: "Avviare un recupero",
    backToSignIn: "Torna all'accesso",
    done: "Il suo account è di nuovo suo: la verifica in due passaggi è disattivata. La riattivi ora.",
    banner: (when: string) =>
      `È in corso un recupero del suo account. Potrà essere completato dal ${when}: se non l'ha avviato lei, lo annulli subito e cambi la password.`,
    cancel: "Annulla questo recupero",
    cancelled: "Il recupero è stato annullato. Non può essere ripreso.",
  },
};
