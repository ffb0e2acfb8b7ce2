import type { LogToolsMessages } from "./en";

export const logToolsIt: LogToolsMessages = {
  logTools: {
    filter: "Mostra",
    all: "Tutti gli eventi",
    kinds: {
      sign_ins: "Accessi",
      methods: "Metodi di verifica in due passaggi",
      passwords_recovery: "Password e recupero",
      sessions_browsers: "Sessioni e browser",
      apps: "App e password per le app",
      account: "Account",
    },
    emptyKind: "Non è ancora stato registrato alcun evento di questo tipo.",
    downloadTitle: "Scarica il registro",
    downloadIntro:
      "L'intero registro, dal più vecchio al più recente, con il posto di ogni evento nella catena sigillata di Twofold. Ogni riga porta anche un hash delle righe precedenti, così chiunque può verificare che il file non sia stato modificato: il file spiega come.",
    csv: "Scarica (CSV)",
    json: "Scarica (JSON)",
    preparing: "Preparazione del file…",
  },
};
