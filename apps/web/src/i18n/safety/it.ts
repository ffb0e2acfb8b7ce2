import type { SafetyMessages } from "./en";

export const safetyIt: SafetyMessages = {
  securityLog: {
    title: "Registro di sicurezza",
    rowHint:
      "Gli accessi e ogni modifica di sicurezza, con il browser e l'indirizzo di provenienza.",
    intro:
      "Ogni accesso e ogni modifica alla sicurezza del suo account, dal più recente, con il browser e l'indirizzo IP di provenienza. Se qualcosa qui non è stato lei, cambi la password e disconnetta le sessioni che non riconosce.",
    empty: "Non è ancora stato registrato nulla.",
    ip: "Indirizzo IP",
    attention: "Da controllare:",
    showOlder: "Mostra eventi meno recenti",
    loadingOlder: "Caricamento degli eventi meno recenti…",
    end: "Questo è l'inizio del suo registro di sicurezza.",
  },
  notMe: {
    title: "Non sono stato io",
    intro:
      "Ha aperto il link di un'e-mail di sicurezza di Twofold perché segnalava qualcosa che non ha fatto. Mettere al sicuro il suo account fa subito questo:",
    steps: [
      "Tutti i browser e i dispositivi collegati al suo account vengono disconnessi, compreso questo.",
      "I browser attendibili vengono dimenticati: ognuno chiederà di nuovo il secondo passaggio.",
      "Tutte le password per app vengono revocate: le app di posta, calendario e file smettono di sincronizzarsi finché non ne dà loro di nuove.",
      "Al prossimo accesso sceglie una nuova password, prima di ogni altra cosa.",
    ],
    keeps:
      "Anche un metodo di verifica o una password per app di cui l'e-mail segnalava l'aggiunta viene rimosso; gli altri metodi restano come sono. Non succede nulla finché non preme il pulsante.",
    submit: "Disconnetti tutto e metti al sicuro il mio account",
    doneTitle: "Il suo account è al sicuro",
    done: (n: number) =>
      n === 0
        ? "Nessuna sessione era collegata. I browser attendibili sono stati dimenticati e le password per app revocate."
        : n === 1
          ? "1 sessione è stata disconnessa. I browser attendibili sono stati dimenticati e le password per app revocate."
          : `${n} sessioni sono state disconnesse. I browser attendibili sono stati dimenticati e le password per app revocate.`,
    next: "Ora acceda e scelga una nuova password. Poi controlli nel registro di sicurezza se c'è altro che non ha fatto lei.",
    about: {
      factorRemoved: (method: string, label: string) =>
        `Rimosso, perché l'ha aggiunto qualcun altro: ${method} «${label}».`,
      twoStepOff:
        "La verifica in due passaggi è di nuovo disattivata, come prima dell'aggiunta. Dopo la nuova password, la attivi con un metodo suo.",
      appPasswordRevoked: (name: string) =>
        `La password per app «${name}» che è stata creata non funziona più.`,
      addAgain: (method: string, label: string) =>
        `Per rimettere ${method} «${label}»: acceda, scelga la nuova password, poi lo aggiunga di nuovo in Verifica in due passaggi.`,
      turnOnAgain:
        "Per riattivare la verifica in due passaggi: acceda, scelga la nuova password, poi aggiunga un metodo in Verifica in due passaggi.",
    },
    signIn: "Accedi",
    invalid:
      "I link delle e-mail di sicurezza funzionano per 7 giorni. Se pensa ancora che qualcun altro usi il suo account, acceda, cambi la password e disconnetta le altre sessioni.",
  },
  passwordRequired: {
    title: "Scelga prima una nuova password",
    text: "Qualcun altro potrebbe conoscere la sua password: è stato segnalato un accesso che non ha fatto lei, dal suo dispositivo («NO, e segnala») o con «Non sono stato io» in un'e-mail di sicurezza. Dopo «Non sono stato io», sono state anche chiuse tutte le sessioni, dimenticati i browser attendibili e revocate le password per app. Scelga una nuova password per continuare.",
    done: "La nuova password è impostata. Controlli nel registro di sicurezza se c'è altro che non ha fatto lei.",
  },
  disabledMethods: {
    title: (method: string) => `Metodo disattivato: ${method}`,
    text: "È stato disattivato dopo 100 tentativi errati di fila, perché nessuno possa continuare a indovinare. Se quei tentativi non erano suoi, cambi prima la password. Resta disattivato finché non lo riattiva.",
    turnOn: "Riattiva",
    turnOnLabel: (method: string) => `Riattiva: ${method}`,
    turnedOn: (method: string) => `Metodo riattivato: ${method}.`,
  },
};
