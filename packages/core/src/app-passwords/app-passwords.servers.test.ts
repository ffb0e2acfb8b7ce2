// Two servers on one database: a revocation on one is refused at once by the other, whose
// memory still held the password (the event bus carries the eviction).
import { randomBytes } from "node:crypto";
import { createTestDatabase, databaseKinds, FakeClock } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../deps";
import { must, TEST_META, uniqueEmail } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import type { Mail } from "../notifications/mailer";
import { createTwofold, type Twofold } from "../twofold";

describe.each(databaseKinds())("application passwords across servers on %s", (kind) => {
  it("a revocation on one server is refused at once by another", async () => {
    const database = await createTestDatabase(kind);
    try {
      const clock = new FakeClock();
      const masterKey = randomBytes(32);
      const servers: Twofold[] = [];
      // The bus: what one engine publishes, the others receive.
      const publish = (from: number) => (event: EngineEvent) =>
        servers.forEach((s, i) => i !== from && s.events.receive(event));
      // Both servers mail to one list (the sign-up's code is read from it).
      const mails: Mail[] = [];
      const mailer = { name: "memory", send: async (m: Mail) => void mails.push(m) };
      for (let i = 0; i < 2; i += 1)
        servers.push(
          createTwofold({ db: database.db, masterKey, clock, publish: publish(i), mailer }),
        );
      const [a, b] = servers;
      if (!a || !b) throw new Error("two servers");

      const email = uniqueEmail();
      const s = await signedUpPerson({ twofold: a, mails }, { email });
      const created = must(
        await a.appPasswords.create(
          s.session.accountId,
          { name: "Mail", scopes: ["mail"] },
          TEST_META,
        ),
      );
      const login = {
        user: email,
        password: created.password,
        protocol: "imap" as const,
        ip: "",
        client: "",
      };
      // Both servers have checked it: both hold it in memory.
      expect(await a.appPasswords.checkSync(login)).toMatchObject({ allow: true });
      expect(await b.appPasswords.checkSync(login)).toMatchObject({ allow: true });
      must(await b.appPasswords.revoke(s.session.accountId, created.id, TEST_META));
      expect(await a.appPasswords.checkSync(login)).toMatchObject({ allow: false });
      expect(await b.appPasswords.checkSync(login)).toMatchObject({ allow: false });
    } finally {
      await database.close();
    }
  });
});
