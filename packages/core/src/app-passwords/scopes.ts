/** What a sync tool may reach: mail (IMAP, POP3, SMTP), calendar (CalDAV and CardDAV), files (WebDAV). */
export const APP_PASSWORD_SCOPES = ["mail", "calendar", "files"] as const;
export type AppPasswordScope = (typeof APP_PASSWORD_SCOPES)[number];
