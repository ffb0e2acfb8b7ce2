import type { Outputs } from "@twofold/client";
import type { Locale } from "@twofold/i18n";
import { localized } from "./localized";

/** One server an application password is used on, as the server describes it. */
export type SyncServer = Outputs["appPasswords"]["servers"]["servers"][number];

/** "Where to use it" beside a new application password: the operator's servers. */
const en = {
  title: "Where to use it:",
  services: {
    imap: "Incoming mail (IMAP)",
    smtp: "Outgoing mail (SMTP)",
    caldav: "Calendars (CalDAV)",
    carddav: "Contacts (CardDAV)",
    webdav: "Files (WebDAV)",
  } satisfies Record<SyncServer["service"], string>,
  securities: { tls: "SSL/TLS", starttls: "STARTTLS" } satisfies Record<
    SyncServer["security"],
    string
  >,
  /** "imap.example.ch, port 993, SSL/TLS" */
  mailServer: (host: string, port: number, security: string) =>
    `${host}, port ${port}, ${security}`,
  line: (service: string, where: string) => `  ${service}: ${where}`,
};

export type SyncText = typeof en;

const fr: SyncText = {
  title: "Où l'utiliser :",
  services: {
    imap: "Courrier entrant (IMAP)",
    smtp: "Courrier sortant (SMTP)",
    caldav: "Calendriers (CalDAV)",
    carddav: "Contacts (CardDAV)",
    webdav: "Fichiers (WebDAV)",
  },
  securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
  mailServer: (host, port, security) => `${host}, port ${port}, ${security}`,
  line: (service, where) => `  ${service} : ${where}`,
};

const de: SyncText = {
  title: "Wo Sie es verwenden:",
  services: {
    imap: "Eingehende E-Mails (IMAP)",
    smtp: "Ausgehende E-Mails (SMTP)",
    caldav: "Kalender (CalDAV)",
    carddav: "Kontakte (CardDAV)",
    webdav: "Dateien (WebDAV)",
  },
  securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
  mailServer: (host, port, security) => `${host}, Port ${port}, ${security}`,
  line: (service, where) => `  ${service}: ${where}`,
};

const it: SyncText = {
  title: "Dove usarla:",
  services: {
    imap: "Posta in arrivo (IMAP)",
    smtp: "Posta in uscita (SMTP)",
    caldav: "Calendari (CalDAV)",
    carddav: "Contatti (CardDAV)",
    webdav: "File (WebDAV)",
  },
  securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
  mailServer: (host, port, security) => `${host}, porta ${port}, ${security}`,
  line: (service, where) => `  ${service}: ${where}`,
};

export const SYNC_TEXTS: Readonly<Record<Locale, SyncText>> = { en, fr, de, it };

/** The "where to use it" texts of the current language. */
export const SYNC_TEXT: SyncText = localized(SYNC_TEXTS);

/** "  Incoming mail (IMAP): imap.example.ch, port 993, SSL/TLS"; a web service by its address. */
export function serverLine(server: SyncServer): string {
  const T = SYNC_TEXT;
  const where = server.url ?? T.mailServer(server.host, server.port, T.securities[server.security]);
  return T.line(T.services[server.service], where);
}
