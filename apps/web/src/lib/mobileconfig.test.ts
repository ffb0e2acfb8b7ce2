import { describe, expect, it } from "vitest";
import { buildProfile, escapeXML, MOBILECONFIG_TYPE } from "./mobileconfig";
import type { SyncServer } from "./sync-servers";

type Value = string | number | boolean | Value[] | { [key: string]: Value };

const UNESCAPE: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};

/** A strict reader of the plist subset the builder writes: what it reads back is what a device sees. */
function readPlist(xml: string): Value {
  const body = /<plist version="1\.0">([\s\S]*)<\/plist>\s*$/.exec(xml)?.[1];
  if (body === undefined) throw new Error("no plist element");
  const tokens = body.match(/<[^>]+>|[^<]+/g)?.filter((t) => t.trim() !== "") ?? [];
  let at = 0;
  const next = (): string => {
    const token = tokens[at++];
    if (token === undefined) throw new Error("the plist ends early");
    return token;
  };
  const text = (close: string): string => {
    const token = next();
    if (token === close) return "";
    if (/[<>"']/.test(token) || /&(?!(amp|lt|gt|quot|apos);)/.test(token))
      throw new Error(`unescaped text: ${token}`);
    if (next() !== close) throw new Error(`expected ${close}`);
    return token.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => UNESCAPE[entity] ?? entity);
  };
  const value = (): Value => {
    const open = next();
    if (open === "<string>") return text("</string>");
    if (open === "<integer>") return Number(text("</integer>"));
    if (open === "<true/>") return true;
    if (open === "<false/>") return false;
    if (open === "<array>") {
      const items: Value[] = [];
      while (tokens[at] !== "</array>") items.push(value());
      at += 1;
      return items;
    }
    if (open === "<dict>") {
      const dict: Record<string, Value> = {};
      while (tokens[at] !== "</dict>") {
        if (next() !== "<key>") throw new Error("expected a key");
        dict[text("</key>")] = value();
      }
      at += 1;
      return dict;
    }
    throw new Error(`unexpected ${open}`);
  };
  const root = value();
  if (at !== tokens.length) throw new Error("text after the root");
  return root;
}

const server = (
  service: SyncServer["service"],
  scope: SyncServer["scope"],
  host: string,
  port: number,
  url: string | null = null,
): SyncServer => ({ service, scope, host, port, security: port === 587 ? "starttls" : "tls", url });

const ALL: SyncServer[] = [
  server("imap", "mail", "imap.example.ch", 993),
  server("smtp", "mail", "smtp.example.ch", 587),
  server("caldav", "calendar", "dav.example.ch", 443, "https://dav.example.ch/cal/"),
  server("carddav", "calendar", "dav.example.ch", 443, "https://dav.example.ch/card/"),
  server("webdav", "files", "files.example.ch", 443, "https://files.example.ch/"),
];
const PASSWORD = "abcd-efgh-ijkl-mnop-qrst-uvwx-yzab";
const EMAIL = "ann@example.ch";

function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String((n += 1)).padStart(12, "0")}`;
}

type Dict = Record<string, Value>;
const dict = (value: Value | undefined): Dict => {
  if (typeof value !== "object" || Array.isArray(value)) throw new Error("not a dict");
  return value;
};

describe("the configuration profile for Apple devices", () => {
  it("sets up Mail, Calendar and Contacts with the password, and no WebDAV", () => {
    const profile = buildProfile({
      password: PASSWORD,
      username: EMAIL,
      servers: ALL,
      displayName: "Twofold: iPhone",
      uuid: counter(),
    });
    expect(MOBILECONFIG_TYPE).toBe("application/x-apple-aspen-config");
    expect(profile?.payloadTypes).toEqual([
      "com.apple.mail.managed",
      "com.apple.caldav.account",
      "com.apple.carddav.account",
    ]);
    const root = dict(readPlist(profile?.xml ?? ""));
    expect(root).toMatchObject({
      PayloadType: "Configuration",
      PayloadVersion: 1,
      PayloadDisplayName: "Twofold: iPhone",
      PayloadIdentifier: "ch.example.imap.twofold.00000000-0000-4000-8000-000000000001",
    });
    const content = root.PayloadContent;
    if (!Array.isArray(content)) throw new Error("no content");
    const [mail, cal, card] = content.map(dict);
    expect(mail).toMatchObject({
      PayloadType: "com.apple.mail.managed",
      EmailAccountType: "EmailTypeIMAP",
      EmailAddress: EMAIL,
      IncomingMailServerHostName: "imap.example.ch",
      IncomingMailServerPortNumber: 993,
      IncomingMailServerUseSSL: true,
      IncomingMailServerUsername: EMAIL,
      IncomingPassword: PASSWORD,
      OutgoingMailServerHostName: "smtp.example.ch",
      OutgoingMailServerPortNumber: 587,
      OutgoingMailServerUseSSL: true,
      OutgoingPassword: PASSWORD,
    });
    expect(cal).toMatchObject({
      CalDAVHostName: "dav.example.ch",
      CalDAVPort: 443,
      CalDAVUseSSL: true,
      CalDAVUsername: EMAIL,
      CalDAVPassword: PASSWORD,
      CalDAVPrincipalURL: "https://dav.example.ch/cal/",
    });
    expect(card).toMatchObject({
      PayloadType: "com.apple.carddav.account",
      CardDAVPrincipalURL: "https://dav.example.ch/card/",
      CardDAVPassword: PASSWORD,
    });
    // Every payload has its own identifier and UUID.
    const uuids = [root, mail, cal, card].map((p) => p?.PayloadUUID);
    expect(new Set(uuids).size).toBe(4);
    const ids = [root, mail, cal, card].map((p) => p?.PayloadIdentifier);
    expect(new Set(ids).size).toBe(4);
  });

  it("uses fresh random UUIDs by default", () => {
    const made = (): Value | undefined => {
      const profile = buildProfile({
        password: PASSWORD,
        username: EMAIL,
        servers: ALL,
        displayName: "x",
      });
      return dict(readPlist(profile?.xml ?? "")).PayloadUUID;
    };
    const [a, b] = [made(), made()];
    expect(a).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(a).not.toBe(b);
  });

  it("escapes what XML would misread, and reads back the same text", () => {
    const odd = `<&>"'</string><string>x`;
    const profile = buildProfile({
      password: odd,
      username: "o'brien&co@example.ch",
      servers: ALL.slice(0, 2),
      displayName: `Ann's <Mac> & "phone"`,
      uuid: counter(),
    });
    const xml = profile?.xml ?? "";
    expect(xml).not.toContain(odd);
    const root = dict(readPlist(xml));
    expect(root.PayloadDisplayName).toBe(`Ann's <Mac> & "phone"`);
    const content = root.PayloadContent;
    if (!Array.isArray(content)) throw new Error("no content");
    expect(dict(content[0])).toMatchObject({
      IncomingPassword: odd,
      EmailAddress: "o'brien&co@example.ch",
    });
    expect(escapeXML(`a&b<c>"d'`)).toBe("a&amp;b&lt;c&gt;&quot;d&apos;");
  });

  it("has no mail payload without both IMAP and SMTP, and is null with nothing to set up", () => {
    const calendarOnly = buildProfile({
      password: PASSWORD,
      username: EMAIL,
      servers: [ALL[0], ALL[2]].filter((s) => s !== undefined),
      displayName: "x",
      uuid: counter(),
    });
    expect(calendarOnly?.payloadTypes).toEqual(["com.apple.caldav.account"]);
    expect(
      buildProfile({
        password: PASSWORD,
        username: EMAIL,
        servers: ALL.slice(4),
        displayName: "x",
      }),
    ).toBeNull();
    expect(
      buildProfile({ password: PASSWORD, username: EMAIL, servers: [], displayName: "x" }),
    ).toBe(null);
  });
});
