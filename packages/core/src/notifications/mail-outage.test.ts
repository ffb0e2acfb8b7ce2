// Threat: the mail server is down, refuses or hangs, and a person never hears of a change to their account.
import { queryRows } from "@twofold/db";
import { databaseKinds, type SmtpServer } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailsTo, useMailingEngine, useSmtp } from "../../test/mail";
import { DEFAULT_CONFIG } from "../config";
import { MailSendError } from "./mailer";
import { smtpMailer } from "./smtp-mailer";
import { TEST_META, TEST_PASSWORD, uniqueEmail, type TestEngine } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

const HOUR = 60 * 60 * 1000;

interface Person {
  email: string;
  accountId: string;
}

/** A person signs up while the mail server works (their address is confirmed by its mail). */
async function person(engine: TestEngine, email = uniqueEmail()): Promise<Person> {
  const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
  return { email, accountId: issued.session.accountId };
}

/** The person changes a security setting: one email is due. */
async function changeSomething(engine: TestEngine, p: Person): Promise<string> {
  await engine.twofold.accounts.setBrowserPolicy(p.accountId, "session_only", TEST_META);
  return p.email;
}

/** The security emails the server received for `email` (not the sign-up's confirmation). */
const securityMailsTo = (smtp: SmtpServer, email: string): SmtpServer["received"] =>
  mailsTo(smtp, email).filter((m) => !m.data.includes("Confirm your email address"));

describe.each(databaseKinds())("a mail server that is down, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("the change is made, its email waits in the database and goes out once, when the server is back", async () => {
    const p = await person(engine);
    await smtp().stop();
    const email = await changeSomething(engine, p);
    expect((await engine.twofold.securityLog.process()).mailed).toBe(0);
    await smtp().start();
    // Tried again a second later, with no restart of anything.
    engine.clock.advance(1000);
    expect((await engine.twofold.securityLog.process()).mailed).toBe(1);
    engine.clock.advance(HOUR);
    await engine.twofold.securityLog.process();
    expect(securityMailsTo(smtp(), email)).toHaveLength(1);
    expect(securityMailsTo(smtp(), email)[0]?.data).toContain("Subject: Twofold: ");
  });
});

describe.each(databaseKinds())("a mail server refusing one address, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("holds back nobody else's email", async () => {
    const refused = await person(engine, uniqueEmail("refused"));
    const other = await person(engine);
    smtp().refuse(refused.email);
    await changeSomething(engine, refused);
    await changeSomething(engine, other);
    await engine.twofold.securityLog.process();
    await engine.twofold.securityLog.process();
    expect(securityMailsTo(smtp(), other.email)).toHaveLength(1);
    expect(securityMailsTo(smtp(), refused.email)).toEqual([]);
  });
});

describe.each(databaseKinds())("an email the mail server keeps refusing, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("is tried again after 1 s, 2 s, 4 s, ... and not in between", async () => {
    const refused = await person(engine, uniqueEmail("refused"));
    smtp().refuse(refused.email);
    await changeSomething(engine, refused);
    await engine.twofold.securityLog.process();
    const tries = async (): Promise<number> => {
      const before = smtp().connections();
      await engine.twofold.securityLog.process();
      return smtp().connections() - before;
    };
    expect(await tries()).toBe(0);
    engine.clock.advance(1000);
    expect(await tries()).toBe(1);
    engine.clock.advance(1000);
    expect(await tries()).toBe(0);
    engine.clock.advance(1000);
    expect(await tries()).toBe(1);
    engine.clock.advance(3999);
    expect(await tries()).toBe(0);
    engine.clock.advance(1);
    expect(await tries()).toBe(1);
  });
});

describe.each(databaseKinds())("an email refused for a day, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("is given up, said so, and tried no more", async () => {
    const refused = await person(engine, uniqueEmail("refused"));
    smtp().refuse(refused.email);
    await changeSomething(engine, refused);
    await engine.twofold.securityLog.process();
    engine.clock.advance(25 * HOUR);
    expect(await engine.twofold.notifications.deliver()).toEqual({
      sent: 0,
      failed: 1,
      gaveUp: 1,
    });
    const rows = await queryRows<{ attempts: number; last_error: string }>(
      engine.database.db,
      sql`select attempts, last_error from mail_queue where gave_up_at is not null`,
    );
    expect(rows).toEqual([{ attempts: 2, last_error: "550" }]);
    const before = smtp().connections();
    engine.clock.advance(25 * HOUR);
    expect(await engine.twofold.notifications.deliver()).toEqual({
      sent: 0,
      failed: 0,
      gaveUp: 0,
    });
    expect(smtp().connections()).toBe(before);
  });
});

describe.each(databaseKinds())("a mail server that hangs, on %s", (kind) => {
  // The mailer's own timeouts are left long: the queue's bound on each send must hold alone.
  const { smtp, engine } = useMailingEngine(kind, {
    config: { mail: { ...DEFAULT_CONFIG.mail, sendTimeoutMs: 300 } },
    timeoutMs: 60_000,
  });

  it(
    "costs the worker one bounded try; the email goes out once the server answers again",
    { timeout: 10_000 },
    async () => {
      const p = await person(engine);
      smtp().hang(true);
      const email = await changeSomething(engine, p);
      expect((await engine.twofold.securityLog.process()).mailed).toBe(0);
      smtp().hang(false);
      engine.clock.advance(1000);
      expect((await engine.twofold.securityLog.process()).mailed).toBe(1);
      engine.clock.advance(HOUR);
      await engine.twofold.securityLog.process();
      expect(securityMailsTo(smtp(), email)).toHaveLength(1);
    },
  );
});

describe("the SMTP mailer against a server that hangs", () => {
  const smtp = useSmtp();

  it(
    "gives its try up after its own timeout, not nodemailer's 30 s to 10 min",
    { timeout: 10_000 },
    async () => {
      smtp().hang(true);
      const mailer = smtpMailer({ url: smtp().url, from: "no-reply@twofold.test", timeoutMs: 300 });
      const sent = mailer.send({ to: "someone@example.ch", subject: "s", text: "t" });
      await expect(sent).rejects.toBeInstanceOf(MailSendError);
    },
  );
});
