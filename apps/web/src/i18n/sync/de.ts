import type { SyncMessages } from "./en";

export const syncDe: SyncMessages = {
  sync: {
    title: "Wo Sie es verwenden",
    intro:
      "Geben Sie diese Angaben in den Kontoeinstellungen Ihrer App ein. Die meisten Apps fragen sie einzeln ab.",
    services: {
      imap: "Eingehende E-Mails (IMAP)",
      smtp: "Ausgehende E-Mails (SMTP)",
      caldav: "Kalender (CalDAV)",
      carddav: "Kontakte (CardDAV)",
      webdav: "Dateien (WebDAV)",
    },
    server: "Server",
    address: "Adresse",
    port: "Port",
    security: "Sicherheit",
    securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
    username: "Benutzername",
    password: "Passwort: das App-Passwort oben",
    copy: "Kopieren",
    copyWhat: (what: string, service: string) => `Kopieren: ${what}, ${service}`,
    profileTitle: "Auf einem iPhone, iPad oder Mac",
    profileButton: "Ein Profil für Apple Mail, Kalender und Kontakte herunterladen",
    profileApple:
      "Öffnen Sie die heruntergeladene Datei und installieren Sie sie in den Einstellungen (Profil geladen). Die Datei enthält dieses Passwort: Löschen Sie sie nach der Installation.",
    profileOther:
      "Das Profil lässt sich auf Apple-Geräten installieren: Öffnen Sie diese Seite auf einem davon, um es dort herunterzuladen. Die Datei enthält dieses Passwort: Behalten Sie sie für sich und löschen Sie sie nach der Installation.",
    profileName: (name: string) => `${name}: App-Passwort`,
    profileDownloaded:
      "Das Profil ist heruntergeladen. Das Passwort hat diesen Browser nicht verlassen.",
  },
};
