// The servers shown with a new application password come from settings checked at start.
import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("the sync server settings", () => {
  it("are read into host, port and security; unset ones stay unset", () => {
    const env = readEnv({
      TWOFOLD_SYNC_IMAP: "imap.example.ch:993",
      TWOFOLD_SYNC_SMTP: "smtp.example.ch:587",
      TWOFOLD_SYNC_CALDAV: "https://dav.example.ch/calendars/",
    });
    expect(env.TWOFOLD_SYNC_IMAP).toEqual({
      host: "imap.example.ch",
      port: 993,
      security: "tls",
      url: null,
    });
    expect(env.TWOFOLD_SYNC_SMTP).toMatchObject({ port: 587, security: "starttls" });
    expect(env.TWOFOLD_SYNC_CALDAV).toMatchObject({ url: "https://dav.example.ch/calendars/" });
    expect(env.TWOFOLD_SYNC_CARDDAV).toBeUndefined();
    expect(env.TWOFOLD_SYNC_WEBDAV).toBeUndefined();
  });

  it("stop the start with a message naming the bad one", () => {
    expect(() => readEnv({ TWOFOLD_SYNC_IMAP: "imap.example.ch" })).toThrow(
      /TWOFOLD_SYNC_IMAP: needs a port/,
    );
    expect(() => readEnv({ TWOFOLD_SYNC_WEBDAV: "http://files.example.ch/" })).toThrow(
      /TWOFOLD_SYNC_WEBDAV: must be an https:\/\/ URL/,
    );
  });
});
