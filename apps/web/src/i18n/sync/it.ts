import type { SyncMessages } from "./en";

export const syncIt: SyncMessages = {
  sync: {
    title: "Dove usarla",
    intro:
      "Inserisca questi dati nelle impostazioni dell'account della sua app. La maggior parte delle app li chiede uno alla volta.",
    services: {
      imap: "Posta in arrivo (IMAP)",
      smtp: "Posta in uscita (SMTP)",
      caldav: "Calendari (CalDAV)",
      carddav: "Contatti (CardDAV)",
      webdav: "File (WebDAV)",
    },
    server: "Server",
    address: "Indirizzo",
    port: "Porta",
    security: "Sicurezza",
    securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
    username: "Nome utente",
    password: "Password: la password per app qui sopra",
    copy: "Copia",
    copyWhat: (what: string, service: string) => `Copia: ${what}, ${service}`,
    profileTitle: "Su un iPhone, un iPad o un Mac",
    profileButton: "Scarica un profilo per Mail, Calendario e Contatti di Apple",
    profileApple:
      "Apra il file scaricato, poi lo installi in Impostazioni (Profilo scaricato). Il file contiene questa password: lo elimini dopo l'installazione.",
    profileOther:
      "Il profilo si installa sui dispositivi Apple: apra questa pagina su uno di essi per scaricarlo lì. Il file contiene questa password: lo tenga per sé e lo elimini dopo l'installazione.",
    profileName: (name: string) => `${name}: password per app`,
    profileDownloaded: "Il profilo è stato scaricato. La password non ha lasciato questo browser.",
  },
};
