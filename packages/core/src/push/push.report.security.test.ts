// Threat: someone who knows the password goes on after the owner pressed "NO, and report it" on their device.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { outboxMailer, readMailOutbox } from "../notifications/outbox-mailer";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { personWithDevice } from "../../test/devices";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())("a reported sign-in on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));
  const mailsTo = async (email: string) =>
    (await readMailOutbox(outbox, 10_000)).filter((m) => m.to === email);

  async function reported() {
    const person = await personWithDevice(engine);
    const attacker = await pendingSignIn(engine, person.email);
    const push = must(await engine.twofold.push.start(attacker.session, TEST_META));
    expect(must(await person.device.respond(engine, push.requestId, "report", null))).toEqual({
      status: "reported",
    });
    return { person, attacker, push };
  }

  it("ends the reported sign-in: it cannot finish, even with a right second factor", async () => {
    const { person, attacker, push } = await reported();
    expect(await engine.twofold.sessions.resolve(attacker.token)).toBeNull();
    expect(await engine.twofold.push.finish(attacker.session, push.requestId, TEST_META)).toEqual({
      ok: false,
      reason: "PUSH_REQUEST_NOT_FOUND",
    });
    const code = person.backupCodes[0] ?? "";
    const backup = await engine.twofold.secondFactor.verifyBackupCode(
      attacker.session,
      code,
      TEST_META,
    );
    expect(backup.ok).toBe(false);
    expect(await engine.twofold.sessions.resolve(attacker.token)).toBeNull();
  });

  it("asks the owner for a new password first, and keeps their own sessions for that", async () => {
    const { person } = await reported();
    expect((await engine.twofold.accounts.get(person.accountId))?.passwordChangeRequired).toBe(
      true,
    );
    const own = await engine.twofold.sessions.resolve(person.session.token);
    expect(own?.state).toBe("active");
    expect(own?.passwordChangeRequired).toBe(true);
  });

  it("mails what happened and what comes next, without a 'this wasn't me' link", async () => {
    const { person } = await reported();
    await engine.twofold.securityLog.process();
    const mail = (await mailsTo(person.email)).at(-1);
    expect(mail?.subject).toBe("Twofold: A sign-in request was reported");
    expect(mail?.text).toContain(
      "You reported a sign-in you did not make. Someone knows your password: at your next sign-in you will choose a new one",
    );
    expect(mail?.text).not.toContain("/not-me?token=");
    expect(mail?.text).not.toContain("If this wasn't you");
  });
});
