// Threat: a browser someone else signed in with (a thief of the password who once passed the
// second step, a shared computer) proves the account in a recovery forever, even after the
// owner signed everyone out or reported "this wasn't me".
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mailTo, must, TEST_META, useTestEngine } from "../../test/engine";
import { claimOf, personWithAppPassword } from "../../test/account-recovery";
import { outboxMailer } from "../notifications/outbox-mailer";
import { RECENT_BROWSER_TTL_MS } from "./recent-browsers";

describe.each(databaseKinds())(
  "'this browser signed in before' as a recovery proof on %s",
  (kind) => {
    const outbox = join(mkdtempSync(join(tmpdir(), "twofold-recent-")), "mail.jsonl");
    const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));
    const recovery = () => engine.twofold.recovery;

    /** Whether a recovery starts with the cookie as its proof (cancelled again at once). */
    async function proves(person: { email: string; accountId: string }, cookie: string) {
      const started = await recovery().start(
        claimOf(person, { kind: "browser", recentBrowser: cookie }),
      );
      if (!started.ok) return started.reason;
      must(
        await recovery().cancel({ accountId: person.accountId, meta: TEST_META, from: "session" }),
      );
      return "started";
    }

    const cookieOf = (accountId: string) =>
      recovery().recentBrowserCookie({ accountId, previous: undefined });

    it("counts for 180 days after the browser's sign-in, checked by the server", async () => {
      const person = await personWithAppPassword(engine);
      const cookie = cookieOf(person.accountId);
      engine.clock.advance(RECENT_BROWSER_TTL_MS - 60_000);
      expect(await proves(person, cookie)).toBe("started");
      engine.clock.advance(60_000);
      expect(await proves(person, cookie)).toBe("RECOVERY_PROOF_INVALID");
      // A new sign-in in that browser renews it.
      expect(await proves(person, cookieOf(person.accountId))).toBe("started");
    });

    it("is void for every browser once the owner signs out everywhere else", async () => {
      const person = await personWithAppPassword(engine);
      const elsewhere = cookieOf(person.accountId);
      engine.clock.advance(1_000);
      await engine.twofold.sessions.endOthers(person.session.session, TEST_META);
      expect(await proves(person, elsewhere)).toBe("RECOVERY_PROOF_INVALID");
      // The browser that asked is given a new one (the api does it): one issued since counts.
      expect(await proves(person, cookieOf(person.accountId))).toBe("started");
    });

    it("is void after a new password", async () => {
      const person = await personWithAppPassword(engine);
      const before = cookieOf(person.accountId);
      engine.clock.advance(1_000);
      const newPassword = "another long passphrase for this test";
      must(
        await engine.twofold.accounts.changePassword(
          person.session.session,
          newPassword,
          TEST_META,
        ),
      );
      const proof = { kind: "browser", recentBrowser: before } as const;
      const started = await recovery().start(claimOf(person, proof, newPassword));
      expect(started).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_INVALID" });
    });

    it("is void after 'this wasn't me'", async () => {
      const person = await personWithAppPassword(engine);
      const before = cookieOf(person.accountId);
      engine.clock.advance(1_000);
      const added = await mailTo(engine, outbox, {
        email: person.email,
        subject: "A two-step method was added",
      });
      must(await engine.twofold.notifications.reportNotMe(added.token, TEST_META));
      expect(await proves(person, before)).toBe("RECOVERY_PROOF_INVALID");
    });
  },
);
