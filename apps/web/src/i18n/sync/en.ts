/**
 * The English strings of "Where to use it" beside a new application password (issue 26): the
 * servers from the operator's settings and the profile for Apple devices. `en.ts` spreads them
 * in; `SyncMessages` is the shape the other languages fill.
 */
export const syncEn = {
  sync: {
    title: "Where to use it",
    intro: "Type these in your app's account settings. Most apps ask for them one by one.",
    services: {
      imap: "Incoming mail (IMAP)",
      smtp: "Outgoing mail (SMTP)",
      caldav: "Calendars (CalDAV)",
      carddav: "Contacts (CardDAV)",
      webdav: "Files (WebDAV)",
    },
    server: "Server",
    address: "Address",
    port: "Port",
    security: "Security",
    securities: { tls: "SSL/TLS", starttls: "STARTTLS" },
    username: "User name",
    password: "Password: the application password above",
    copy: "Copy",
    copyWhat: (what: string, service: string) => `Copy: ${what}, ${service}`,
    profileTitle: "On an iPhone, iPad or Mac",
    profileButton: "Download a profile for Apple Mail, Calendar and Contacts",
    profileApple:
      "Open the downloaded file, then install it in Settings (Profile Downloaded). The file holds this password: delete it once installed.",
    profileOther:
      "The profile installs on Apple devices: open this page on one to download it there. The file holds this password: keep it to yourself and delete it once installed.",
    profileName: (name: string) => `${name}: application password`,
    profileDownloaded: "The profile is downloaded. The password stayed in this browser.",
  },
};

export type SyncMessages = typeof syncEn;
