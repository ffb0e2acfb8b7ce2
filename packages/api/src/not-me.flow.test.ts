// "This wasn't me" from the email about an added method, as the web page calls it: the answer says what was removed.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outboxMailer } from "@twofold/core";
import { addOTPApp, mailTo, personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient } from "../test/clients";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-mail-")), "mail.jsonl");

describe.each(databaseKinds())("'this wasn't me' over the API on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  it("removes the method the email told of and says so", async () => {
    const person = await personWithTOTP(engine);
    await addOTPApp(engine, person.accountId, "Attacker phone");
    const { token } = await mailTo(engine, outbox, {
      email: person.email,
      subject: "A two-step method was added",
    });

    const anyone = createClient(engine.twofold, "cookie");
    expect(await anyone.caller.account.reportNotMe({ token })).toMatchObject({
      about: { action: "factor_removed", label: "Attacker phone" },
    });
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Phone"]);
  });
});
