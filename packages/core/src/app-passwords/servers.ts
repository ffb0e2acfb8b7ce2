import type { AppPasswordScope } from "./scopes";

/** The services an application password opens, in the order people set them up. */
export const SYNC_SERVICES = ["imap", "smtp", "caldav", "carddav", "webdav"] as const;
export type SyncService = (typeof SYNC_SERVICES)[number];

/** What each scope opens: the servers shown beside a password of that scope. */
export const SCOPE_OF_SERVICE: Readonly<Record<SyncService, AppPasswordScope>> = {
  imap: "mail",
  smtp: "mail",
  caldav: "calendar",
  carddav: "calendar",
  webdav: "files",
};

/**
 * "tls": encrypted from the first byte (IMAP 993, SMTP 465, https); "starttls": the connection
 * turns encrypted before the password (IMAP 143, submission 587). Plain text is never offered.
 */
export type SyncSecurity = "tls" | "starttls";

/** Where a tool connects for one service; `url` for the web services (CalDAV, CardDAV, WebDAV). */
export interface SyncServer {
  host: string;
  port: number;
  security: SyncSecurity;
  url: string | null;
}

/** The operator's servers; an absent service is not shown. */
export type SyncServers = Partial<Record<SyncService, SyncServer>>;

const IMPLICIT_TLS: Record<"imap" | "smtp", number> = { imap: 993, smtp: 465 };
const STARTTLS_PORT: Record<"imap" | "smtp", number> = { imap: 143, smtp: 587 };
const HOST =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/**
 * A setting's value as a server, or a sentence saying what is wrong with it. Mail servers are
 * `host:port` (993 and 465 mean TLS, any other port STARTTLS), or `imaps://host:port`,
 * `imap://host:port` (STARTTLS), `smtps://…`, `smtp://…` to say it; the web services are an
 * `https://` URL.
 */
export function parseSyncServer(service: SyncService, value: string): SyncServer | string {
  const text = value.trim();
  if (service === "imap" || service === "smtp") return parseMailServer(service, text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "must be an https:// URL, like https://dav.example.ch/";
  }
  if (url.protocol !== "https:") return "must be an https:// URL (a password never goes in clear)";
  if (url.username || url.password) return "must not contain a user name or password";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 443,
    security: "tls",
    url: url.href,
  };
}

function parseMailServer(service: "imap" | "smtp", text: string): SyncServer | string {
  const scheme = /^([a-z]+):\/\/(.*)$/i.exec(text);
  let security: SyncSecurity | null = null;
  let rest = text;
  if (scheme) {
    const name = (scheme[1] ?? "").toLowerCase();
    if (name === `${service}s`) security = "tls";
    else if (name === service) security = "starttls";
    else return `must be host:port, ${service}s://host:port or ${service}://host:port`;
    rest = (scheme[2] ?? "").replace(/\/$/, "");
  }
  const parts = /^([^:/\s]+)(?::(\d{1,5}))?$/.exec(rest);
  const host = parts?.[1] ?? "";
  if (!parts || !HOST.test(host))
    return `must be host:port, like ${service}.example.ch:${IMPLICIT_TLS[service]}`;
  const givenPort = parts[2] === undefined ? null : Number(parts[2]);
  if (givenPort !== null && (givenPort < 1 || givenPort > 65_535))
    return "has a port outside 1-65535";
  if (givenPort === null && security === null)
    return `needs a port, like ${host}:${IMPLICIT_TLS[service]}`;
  const chosen = security ?? (givenPort === IMPLICIT_TLS[service] ? "tls" : "starttls");
  const port = givenPort ?? (chosen === "tls" ? IMPLICIT_TLS[service] : STARTTLS_PORT[service]);
  return { host: host.toLowerCase(), port, security: chosen, url: null };
}
