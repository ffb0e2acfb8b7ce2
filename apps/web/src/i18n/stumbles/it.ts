import type { StumblesMessages } from "./en";

export const stumblesIt: StumblesMessages = {
  stumbles: {
    breadcrumb: "Percorso di navigazione",
    count: (n, max) => `${n} caratteri su ${max}`,
    atLimit: (max) => `Al massimo ${max} caratteri: il limite è raggiunto.`,
    empty: (field) => `${field}: questo campo è vuoto. Vi scriva qualcosa.`,
    tooLong: (field, max) => `${field}: troppo lungo. Al massimo ${max} caratteri.`,
    email: (field) => `${field}: questo non è un indirizzo e-mail. Lo scriva come anna@esempio.ch.`,
    removeLast: (name) =>
      `${name} è il suo ultimo metodo: rimuoverlo disattiva la verifica in due passaggi. La sua password da sola aprirà allora il suo account, e i suoi codici di backup saranno eliminati.`,
  },
};
