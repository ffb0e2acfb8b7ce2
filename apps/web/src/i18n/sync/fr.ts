import type { SyncMessages } from "./en";

export const syncFr: SyncMessages = {
  sync: {
    title: "Où l'utiliser",
    intro:
      "Saisissez ces informations dans les réglages de compte de votre application. La plupart les demandent une à une.",
    services: {
      imap: "Courrier entrant (IMAP)",
      smtp: "Courrier sortant (SMTP)",
      caldav: "Calendriers (CalDAV)",
      carddav: "Contacts (CardDAV)",
      webdav: "Fichiers (WebDAV)",
    },
    server: "Serveur",
    address: "Adresse",
    port: "Port",
    security: "Sécurité",
    securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
    username: "Nom d'utilisateur",
    password: "Mot de passe : le mot de passe d'application ci-dessus",
    copy: "Copier",
    copyWhat: (what: string, service: string) => `Copier : ${what}, ${service}`,
    profileTitle: "Sur un iPhone, un iPad ou un Mac",
    profileButton: "Télécharger un profil pour Mail, Calendrier et Contacts d'Apple",
    profileApple:
      "Ouvrez le fichier téléchargé, puis installez-le dans Réglages (Profil téléchargé). Le fichier contient ce mot de passe : supprimez-le une fois installé.",
    profileOther:
      "Le profil s'installe sur les appareils Apple : ouvrez cette page sur l'un d'eux pour l'y télécharger. Le fichier contient ce mot de passe : gardez-le pour vous et supprimez-le une fois installé.",
    profileName: (name: string) => `${name} : mot de passe d'application`,
    profileDownloaded: "Le profil est téléchargé. Le mot de passe n'a pas quitté ce navigateur.",
  },
};
