// Threat: someone changes a person's security settings or signs in from a new browser, and the person never hears of it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { mailsTo, useMailingEngine } from "../../test/mail";
import { outboxMailer, readMailOutbox } from "./outbox-mailer";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import { signedUpPerson } from "../../test/sign-up";
import { opened } from "../../test/engine";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())("security notifications on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));
  const mailsTo = async (email: string) =>
    (await readMailOutbox(outbox, 10_000)).filter(
      (m) => m.to === email && !m.text.includes("/verify-email#"),
    );
  const linkIn = (text: string): string => /\/not-me\?token=([^\s]+)/.exec(text)?.[1] ?? "";

  it("emails each security change once, in the account's language, with a 'this wasn't me' link", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(
      engine,
      { email, password: TEST_PASSWORD, locale: "fr" },
      TEST_META,
    );
    opened(
      must(await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META)),
    );
    const account = await engine.twofold.accounts.get(issued.session.accountId);
    expect(account?.locale).toBe("fr");
    await engine.twofold.securityLog.process();
    // Signing in again from the browser that signed up is no news.
    expect(await mailsTo(email)).toEqual([]);
    await engine.twofold.accounts.setBrowserPolicy(account?.id ?? "", "session_only", TEST_META);
    await engine.twofold.securityLog.process();
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Twofold: Le maintien de connexion des navigateurs a changé");
    expect(mail?.text).toContain("Si ce n'était pas vous");
    expect(linkIn(mail?.text ?? "")).not.toBe("");
    // Processing again sends nothing twice.
    await engine.twofold.securityLog.process();
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it("keeps up when many changes come at once: one round mails them all, in order", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    await engine.twofold.securityLog.process();
    const changes = 120;
    for (let i = 0; i < changes; i += 1) {
      const policy = i % 2 === 0 ? "session_only" : "remember";
      await engine.twofold.accounts.setBrowserPolicy(issued.session.accountId, policy, TEST_META);
    }
    await engine.twofold.securityLog.process();
    expect(await mailsTo(email)).toHaveLength(changes);
  });

  it("emails a sign-in from a browser never seen on the account, not one already seen", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    const before = (await mailsTo(person.email)).length;
    const newBrowser = {
      ip: "198.51.100.23",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    };
    const pending = opened(
      must(
        await engine.twofold.accounts.signIn(
          { email: person.email, password: TEST_PASSWORD },
          newBrowser,
        ),
      ),
    );
    must(
      await engine.twofold.secondFactor.verifyBackupCode(
        pending.session,
        person.backupCodes[0] ?? "",
        newBrowser,
      ),
    );
    await engine.twofold.securityLog.process();
    const mails = (await mailsTo(person.email)).slice(before);
    expect(mails.map((m) => m.subject)).toEqual(["Twofold: New sign-in to your account"]);
    expect(mails[0]?.text).toContain("Firefox, Linux · IP 198.51.100.23");
    // The same browser again: no email.
    const again = opened(
      must(
        await engine.twofold.accounts.signIn(
          { email: person.email, password: TEST_PASSWORD },
          newBrowser,
        ),
      ),
    );
    must(
      await engine.twofold.secondFactor.verifyBackupCode(
        again.session,
        person.backupCodes[1] ?? "",
        newBrowser,
      ),
    );
    await engine.twofold.securityLog.process();
    expect((await mailsTo(person.email)).slice(before)).toHaveLength(1);
  });

  it("'this wasn't me' ends every session, revokes app passwords and asks for a new password", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    // Not the email about the added method: "this wasn't me" from that one removes it too.
    const codes = (await mailsTo(person.email)).find(
      (m) => m.subject === "Twofold: New backup codes were made",
    );
    const token = linkIn(codes?.text ?? "");
    expect(token).not.toBe("");
    must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect(await engine.twofold.notifications.reportNotMe(tampered, TEST_META)).toEqual({
      ok: false,
      reason: "LINK_INVALID",
    });
    expect(
      must(await engine.twofold.notifications.reportNotMe(token, TEST_META)).sessionsEnded,
    ).toBe(1);
    expect(await engine.twofold.sessions.resolve(person.session.token)).toBeNull();
    expect(await engine.twofold.appPasswords.list(person.accountId)).toEqual([]);
    expect((await engine.twofold.accounts.get(person.accountId))?.passwordChangeRequired).toBe(
      true,
    );
    await engine.twofold.securityLog.process();
    const last = (await mailsTo(person.email)).at(-1);
    expect(last?.subject).toBe("Twofold: All your sessions were ended");
    // Once the owner has chosen a new password, the old link is spent.
    const again = opened(
      must(
        await engine.twofold.accounts.signIn(
          { email: person.email, password: TEST_PASSWORD },
          TEST_META,
        ),
      ),
    );
    const active = must(
      await engine.twofold.secondFactor.verifyBackupCode(
        again.session,
        person.backupCodes[0] ?? "",
        TEST_META,
      ),
    );
    must(
      await engine.twofold.accounts.changePassword(
        active.session,
        "a brand new passphrase",
        TEST_META,
      ),
    );
    expect((await engine.twofold.accounts.get(person.accountId))?.passwordChangeRequired).toBe(
      false,
    );
    expect(await engine.twofold.notifications.reportNotMe(token, TEST_META)).toMatchObject({
      reason: "LINK_INVALID",
    });
    // The password change's own email has a fresh link, which works for a week only.
    await engine.twofold.securityLog.process();
    const fresh = linkIn((await mailsTo(person.email)).at(-1)?.text ?? "");
    expect(fresh).not.toBe("");
    engine.clock.advance(8 * 24 * 60 * 60 * 1000);
    expect(await engine.twofold.notifications.reportNotMe(fresh, TEST_META)).toMatchObject({
      reason: "LINK_INVALID",
    });
  });
});

describe.each(databaseKinds())("notifications over SMTP on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("hands the email to the SMTP server", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    const mine = mailsTo(smtp(), person.email);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0]?.from).toBe("no-reply@twofold.test");
    expect(mine.map((m) => m.data).join("\n")).toContain(
      "Subject: Twofold: A two-step method was added",
    );
  });
});
