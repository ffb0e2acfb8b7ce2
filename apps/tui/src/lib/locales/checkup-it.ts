import type { CheckupText } from "../text-checkup";

/** Il controllo di sicurezza, in italiano (le parole del web). */
export const checkupIt: CheckupText = {
  menuItem: "Controllo di sicurezza",
  title: "Controllo di sicurezza",
  protections: "Cosa protegge il tuo account ora",
  twoStep: (on, since) =>
    on
      ? `Verifica in due passaggi: attiva${since ? ` dal ${since}` : ""}`
      : "Verifica in due passaggi: disattivata",
  methods: (list) => `Metodi: ${list || "nessuno"}`,
  backupCodes: (n) => `Codici di backup rimasti: ${n}`,
  recovery: (address, phone) =>
    `Indirizzo di recupero: ${address ? "impostato" : "non impostato"} · cellulare: ${phone ? "impostato" : "non impostato"}`,
  todo: "Da fare",
  nothing: "Niente da fare: il tuo account è ben protetto.",
  finding: {
    two_step_off: "Chiunque conosca la tua password può accedere.",
    two_step_offTodo: "Impostazioni: aggiungi un metodo; la verifica si attiva con il primo.",
    only_one_method: "Un solo metodo: se lo perdi, rientrare richiede giorni.",
    only_one_methodTodo: "Impostazioni: aggiungi un altro metodo.",
    only_sms: "Gli SMS possono essere intercettati o dirottati con una nuova SIM.",
    only_smsTodo: "Impostazioni: aggiungi un'app, una chiave di sicurezza o un dispositivo.",
    few_backup_codes: (n) =>
      n === 1 ? "Resta solo 1 codice di backup." : `Restano solo ${n} codici di backup.`,
    few_backup_codesTodo: "Impostazioni: crea nuovi codici di backup e conservali al sicuro.",
    no_recovery_address: "Nessun indirizzo di recupero: Twofold non può raggiungerti altrove.",
    no_recovery_addressTodo: "Impostazioni: Indirizzo e telefono di recupero.",
    unused_method: (name, date, used) =>
      used ? `${name}: non usato dal ${date}.` : `${name}: aggiunto il ${date}, mai usato.`,
    unused_methodTodo: "Verifica di averlo ancora, oppure rimuovilo nelle impostazioni.",
    unusual_session: (device, place) =>
      `Accesso da un paese insolito: ${device}, vicino a ${place}.`,
    unusual_sessionTodo: "Non eri tu? Terminala in Sessioni e cambia la password.",
    unusual_trusted_browser: (device, place) =>
      `Attendibile da un paese insolito: ${device}, vicino a ${place}.`,
    unusual_trusted_browserTodo: "Non eri tu? Revoca la fiducia in Sessioni.",
  },
  methodsCheck: {
    question: "I tuoi metodi funzionano ancora? La verifica è attiva da un mese.",
    yes: "Sì, funzionano",
    review: "Controlla i miei metodi (controllo di sicurezza)",
    dismiss: "Non chiedere più",
    thanks: "Grazie. Non te lo chiederemo più.",
    dismissed: "Non te lo chiederemo più.",
  },
  keys: "Esc indietro · q esci",
};
