import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";

const SERVERS = {
  imap: { host: "imap.example.ch", port: 993, security: "tls", url: null },
  smtp: { host: "smtp.example.ch", port: 587, security: "starttls", url: null },
  carddav: {
    host: "dav.example.ch",
    port: 443,
    security: "tls",
    url: "https://dav.example.ch/contacts/",
  },
} as const;

describe.each(databaseKinds())("where to use an application password on %s", (kind) => {
  describe("with servers configured", () => {
    const engine = useTestEngine(kind, { syncServers: SERVERS });

    it("lists them in order with their scope, and the account's email as user name", async () => {
      const person = await personWithTOTP(engine);
      const browser = createClient(engine.twofold, "bearer", person.session.token);
      expect(await browser.caller.appPasswords.servers()).toEqual({
        username: person.email,
        servers: [
          { service: "imap", scope: "mail", ...SERVERS.imap },
          { service: "smtp", scope: "mail", ...SERVERS.smtp },
          { service: "carddav", scope: "calendar", ...SERVERS.carddav },
        ],
      });
    });

    it("tells nobody who is not signed in (UNAUTHENTICATED)", async () => {
      const stranger = createClient(engine.twofold, "bearer");
      expect(await reasonFrom(stranger.caller.appPasswords.servers())).toBe("UNAUTHENTICATED");
    });
  });

  describe("with none configured", () => {
    const engine = useTestEngine(kind);

    it("lists none, and still the user name", async () => {
      const person = await personWithTOTP(engine);
      const browser = createClient(engine.twofold, "bearer", person.session.token);
      expect(await browser.caller.appPasswords.servers()).toEqual({
        username: person.email,
        servers: [],
      });
    });
  });
});
