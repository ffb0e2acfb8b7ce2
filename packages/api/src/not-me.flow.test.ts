// "This wasn't me" from the email about an added method, as the web page calls it: the answer says what was removed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outboxMailer, readMailOutbox } from "@twofold/core";
import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient } from "./test-utils";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())("'this wasn't me' over the API on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  it("removes the method the email told of and says so", async () => {
    const person = await personWithTOTP(engine);
    const account = await engine.twofold.accounts.get(person.accountId);
    if (!account) throw new Error("account missing");
    const enrollment = await engine.twofold.totp.beginEnrollment(account, "Attacker phone");
    if (!enrollment.ok) throw new Error(enrollment.reason);
    const { enrollmentId, otpauthUri } = enrollment.value;
    const code = otpAppCode(otpauthUri, engine.clock.now());
    await engine.twofold.totp.confirmEnrollment(account.id, enrollmentId, code, {
      ip: "198.51.100.9",
      userAgent: "attacker",
    });
    await engine.twofold.securityLog.process();
    const mail = (await readMailOutbox(outbox, 10_000))
      .filter((m) => m.to === person.email && m.subject === "Twofold: A two-step method was added")
      .at(-1);
    const token = /\/not-me\?token=([^\s]+)/.exec(mail?.text ?? "")?.[1] ?? "";

    const anyone = createClient(engine.twofold, "cookie");
    expect(await anyone.caller.account.reportNotMe({ token })).toEqual({
      sessionsEnded: 1,
      about: {
        action: "factor_removed",
        factorKind: "totp",
        label: "Attacker phone",
        twoFactorEnabled: true,
      },
    });
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
  });
});
