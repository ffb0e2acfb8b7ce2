import type { CheckupMessages } from "./en";

export const checkupIt: CheckupMessages = {
  checkup: {
    title: "Controllo di sicurezza",
    rowHint: "Cosa protegge il tuo account ora, e cosa lo renderebbe più sicuro.",
    intro:
      "Uno sguardo a cosa protegge il tuo account, con un passo per ogni cosa utile da fare. Niente cambia da solo: ogni pulsante ti porta alla pagina dove decidi tu.",
    protectionsTitle: "Cosa protegge il tuo account ora",
    twoStep: "Verifica in due passaggi",
    on: "Attiva",
    off: "Disattivata",
    since: (date: string) => `Attiva dal ${date}`,
    methods: "Metodi",
    noMethods: "Nessuno",
    backupCodes: "Codici di backup rimasti",
    recoveryAddress: "Indirizzo di recupero",
    recoveryPhone: "Cellulare di recupero",
    set: "Impostato",
    notSet: "Non impostato",
    todoTitle: "Consigli",
    nothingTitle: "Niente da fare",
    nothing: "Il tuo account è ben protetto. Torna ogni tanto, e ogni volta che cambi telefono.",
    twoStepOff:
      "Chiunque conosca la tua password può accedere. Attiva la verifica in due passaggi.",
    turnOn: "Attiva la verifica in due passaggi",
    onlyOneMethod:
      "Hai un solo metodo. Se lo perdi, rientrare nell'account richiede giorni: aggiungine un secondo.",
    addMethod: "Aggiungi un altro metodo",
    onlySMS:
      "Gli SMS possono essere intercettati, o ricevuti da chi ottiene una nuova SIM a tuo nome. Aggiungi un metodo più sicuro: un'app di autenticazione, una chiave di sicurezza o il dispositivo di autenticazione.",
    addStronger: "Aggiungi un metodo più sicuro",
    fewBackupCodes: (n: number) =>
      n === 0
        ? "Non resta nessun codice di backup. Creane di nuovi e conservali in un posto sicuro."
        : n === 1
          ? "Resta solo 1 codice di backup. Creane di nuovi e conservali in un posto sicuro."
          : `Restano solo ${n} codici di backup. Creane di nuovi e conservali in un posto sicuro.`,
    newCodes: "Crea nuovi codici di backup",
    noRecoveryAddress:
      "Nessun indirizzo di recupero: se perdi la password o i tuoi metodi, Twofold non può raggiungerti in un'altra casella di posta.",
    addAddress: "Aggiungi un indirizzo di recupero",
    unusedMethod: (method: string, date: string, used: boolean) =>
      used
        ? `${method} non è stato usato dal ${date}. Verifica di averlo ancora, oppure rimuovilo.`
        : `${method}, aggiunto il ${date}, non è mai stato usato. Verifica di averlo ancora, oppure rimuovilo.`,
    reviewMethods: "Controlla i miei metodi",
    unusualSession: (device: string, place: string, date: string) =>
      `${device} vicino a ${place} ha effettuato l'accesso (visto il ${date}), da un paese da cui accedi di rado. Se non eri tu, disconnettilo e cambia la password.`,
    reviewSessions: "Controlla le mie sessioni",
    unusualBrowser: (device: string, place: string, date: string) =>
      `${device} vicino a ${place} può saltare il secondo passaggio (usato il ${date}), da un paese da cui accedi di rado. Se non eri tu, revoca la fiducia.`,
    reviewBrowsers: "Controlla i browser attendibili",
    methodsCheck: {
      title: "I tuoi metodi funzionano ancora?",
      text: "La verifica in due passaggi è attiva da un mese. Assicurati di poter ancora usare i tuoi metodi e di trovare i codici di backup: se li perdi, rientrare nell'account richiede giorni.",
      yes: "Sì, funzionano",
      review: "Controlla i miei metodi",
      dismiss: "Non chiedere più",
      thanks: "Grazie. Non te lo chiederemo più.",
      dismissed:
        "Non te lo chiederemo più. Il controllo di sicurezza è sempre sotto «Sicurezza e recupero».",
    },
  },
};
