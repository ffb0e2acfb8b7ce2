// Threat: two servers (or two rounds) send the same security email at the same moment, or lose one.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { mailsTo, useMailingEngine } from "../../test/mail";
import { TEST_META, TEST_PASSWORD, uniqueEmail } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";

describe.each(databaseKinds())("the mail queue under concurrent senders, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  it("sends each waiting email exactly once when several servers resume at once after an outage", async () => {
    const email = uniqueEmail();
    const issued = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const changes = 40;
    for (let i = 0; i < changes; i += 1) {
      const policy = i % 2 === 0 ? "session_only" : "remember";
      await engine.twofold.accounts.setBrowserPolicy(issued.session.accountId, policy, TEST_META);
    }
    // The mail server is down while the changes are logged: their emails wait.
    await smtp().stop();
    await engine.twofold.securityLog.process();
    await smtp().start();
    engine.clock.advance(1000);
    const rounds = await Promise.all([
      engine.twofold.securityLog.process(),
      engine.twofold.securityLog.process(),
      engine.twofold.securityLog.process(),
      engine.twofold.securityLog.process(),
    ]);
    const last = await engine.twofold.securityLog.process();
    // And the sign-up's confirmation, sent before the outage.
    expect(mailsTo(smtp(), email)).toHaveLength(changes + 1);
    // Each round counts what it sent itself: together, each email once.
    expect([...rounds, last].reduce((sum, r) => sum + r.mailed, 0)).toBe(changes);
  });
});
