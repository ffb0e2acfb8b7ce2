import type { RecoveryMessages } from "./en";

export const recoveryIt: RecoveryMessages = {
  recoveryContacts: {
    title: "Indirizzo e telefono di recupero",
    rowHint:
      "Un'altra casella e-mail e un cellulare che la aiutano a rientrare se perde l'accesso.",
    intro:
      "Se perde la password o i metodi di verifica, Twofold la raggiunge qui. Ognuno è confermato da un codice inviato a esso, e ogni modifica è annunciata per e-mail al suo indirizzo di accesso e all'indirizzo di recupero.",
    addressTitle: "Indirizzo di recupero",
    phoneTitle: "Cellulare di recupero",
    none: "Nessuno",
    optional: "Facoltativo.",
    waiting: (to: string) => `In attesa del codice inviato a ${to}.`,
    emailLabel: "Indirizzo e-mail",
    emailHint: "Un'altra casella rispetto a quella con cui accede.",
    set: "Imposta",
    change: "Cambia",
    remove: "Rimuovi",
    send: "Invia un codice",
    cancel: "Annulla",
    confirm: "Conferma",
    codeLabel: "Codice",
    mailedTo: (to: string) => `Inserisca il codice inviato per e-mail a ${to}.`,
    textedTo: (to: string) => `Inserisca il codice inviato per SMS al ${to}.`,
    expires: (time: string) => `Il codice vale fino alle ${time}.`,
    removeAddressText:
      "Rimuovere l'indirizzo di recupero? Non la aiuterà più a rientrare nel suo account.",
    removePhoneText:
      "Rimuovere il cellulare di recupero? Non la aiuterà più a rientrare nel suo account.",
    addressSaved: (to: string) => `${to} è ora il suo indirizzo di recupero.`,
    phoneSaved: (to: string) => `${to} è ora il suo cellulare di recupero.`,
    addressRemoved: "Il suo indirizzo di recupero è stato rimosso.",
    phoneRemoved: "Il suo cellulare di recupero è stato rimosso.",
  },
};
