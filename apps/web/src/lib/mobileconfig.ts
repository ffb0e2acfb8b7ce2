import type { SyncServer } from "./sync-servers";

/** What Safari hands to the profile installer of iOS, iPadOS and macOS. */
export const MOBILECONFIG_TYPE = "application/x-apple-aspen-config";

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

export interface ProfileOptions {
  /** The application password: built into the file here, it never goes back to the server. */
  password: string;
  /** The user name for every service: the account's email address. */
  username: string;
  /** The servers of the password's scopes (sync-servers.ts `serversFor`). */
  servers: readonly SyncServer[];
  /** The profile's name as the device lists it. */
  displayName: string;
  /** Unique ids for the profile and each payload (crypto.randomUUID in the browser). */
  uuid?: () => string;
}

export interface Profile {
  xml: string;
  /** The payload types inside (com.apple.mail.managed, …), in order. */
  payloadTypes: string[];
}

/**
 * An Apple configuration profile (.mobileconfig, an XML property list) that sets up Mail (IMAP
 * with SMTP submission: Apple needs both), Calendar (CalDAV) and Contacts (CardDAV) with the
 * application password; null when none of these servers is there. WebDAV has no payload type.
 * Unsigned: the device says so, which is what any self-made profile looks like.
 */
export function buildProfile(options: ProfileOptions): Profile | null {
  const uuid = options.uuid ?? (() => crypto.randomUUID());
  const find = (service: SyncServer["service"]): SyncServer | undefined =>
    options.servers.find((s) => s.service === service);
  const first = options.servers[0];
  if (!first) return null;
  const profileId = `${reverseHost(first.host)}.twofold.${uuid().toLowerCase()}`;
  const { username, password } = options;
  const payload = (type: string, suffix: string, fields: Record<string, PlistValue>) => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.${suffix}`,
    PayloadUUID: uuid().toUpperCase(),
    ...fields,
  });
  const content: (Record<string, PlistValue> & { PayloadType: string })[] = [];
  const imap = find("imap");
  const smtp = find("smtp");
  if (imap && smtp)
    content.push(
      payload("com.apple.mail.managed", "mail", {
        PayloadDisplayName: `Mail (${imap.host})`,
        EmailAccountDescription: username,
        EmailAccountType: "EmailTypeIMAP",
        EmailAddress: username,
        IncomingMailServerAuthentication: "EmailAuthPassword",
        IncomingMailServerHostName: imap.host,
        IncomingMailServerPortNumber: imap.port,
        IncomingMailServerUseSSL: true,
        IncomingMailServerUsername: username,
        IncomingPassword: password,
        OutgoingMailServerAuthentication: "EmailAuthPassword",
        OutgoingMailServerHostName: smtp.host,
        OutgoingMailServerPortNumber: smtp.port,
        OutgoingMailServerUseSSL: true,
        OutgoingMailServerUsername: username,
        OutgoingPassword: password,
        OutgoingPasswordSameAsIncomingPassword: true,
      }),
    );
  for (const [service, type, prefix, label] of [
    ["caldav", "com.apple.caldav.account", "CalDAV", "Calendar"],
    ["carddav", "com.apple.carddav.account", "CardDAV", "Contacts"],
  ] as const) {
    const server = find(service);
    if (!server) continue;
    content.push(
      payload(type, service, {
        PayloadDisplayName: `${label} (${server.host})`,
        [`${prefix}AccountDescription`]: `${label} (${username})`,
        [`${prefix}HostName`]: server.host,
        [`${prefix}Port`]: server.port,
        [`${prefix}UseSSL`]: true,
        [`${prefix}Username`]: username,
        [`${prefix}Password`]: password,
        ...(server.url && { [`${prefix}PrincipalURL`]: server.url }),
      }),
    );
  }
  if (content.length === 0) return null;
  const profile = {
    PayloadContent: content,
    PayloadDisplayName: options.displayName,
    PayloadIdentifier: profileId,
    PayloadRemovalDisallowed: false,
    PayloadType: "Configuration",
    PayloadUUID: uuid().toUpperCase(),
    PayloadVersion: 1,
  };
  return {
    xml: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0">',
      plist(profile, ""),
      "</plist>",
      "",
    ].join("\n"),
    payloadTypes: content.map((p) => p.PayloadType),
  };
}

/** "imap.example.ch" -> "ch.example.imap": Apple's reverse-DNS identifiers. */
function reverseHost(host: string): string {
  const safe = host.toLowerCase().replace(/[^a-z0-9.-]/g, "-");
  return safe.split(".").filter(Boolean).reverse().join(".");
}

/** Escapes text for XML: a password or name can hold any of these. */
export function escapeXML(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function plist(value: PlistValue, indent: string): string {
  const inner = `${indent}  `;
  if (typeof value === "string") return `${indent}<string>${escapeXML(value)}</string>`;
  if (typeof value === "number") return `${indent}<integer>${Math.trunc(value)}</integer>`;
  if (typeof value === "boolean") return `${indent}<${value ? "true" : "false"}/>`;
  if (Array.isArray(value))
    return [`${indent}<array>`, ...value.map((v) => plist(v, inner)), `${indent}</array>`].join(
      "\n",
    );
  const entries = Object.entries(value).flatMap(([key, v]) => [
    `${inner}<key>${escapeXML(key)}</key>`,
    plist(v, inner),
  ]);
  return [`${indent}<dict>`, ...entries, `${indent}</dict>`].join("\n");
}
