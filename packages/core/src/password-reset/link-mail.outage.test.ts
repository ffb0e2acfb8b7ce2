// Threat: the mail server is down when a person asks for a reset link; the answer said "we sent
// a link", and the link is lost for good (or arrives dead, long after it expired).
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { mailsTo, useMailingEngine } from "../../test/mail";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import { DEFAULT_CONFIG } from "../config";

const SUBJECT = "Subject: Twofold: Choose a new password";

describe.each(databaseKinds())("a reset link while the mail server is down, on %s", (kind) => {
  const { smtp, engine } = useMailingEngine(kind);

  async function askWhileDown(): Promise<string> {
    const email = uniqueEmail("reset-outage");
    await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    await smtp().stop();
    await must(await engine.twofold.passwordReset.request({ email }, TEST_META)).sent;
    expect((await engine.twofold.securityLog.process()).mailed).toBe(0);
    await smtp().start();
    return email;
  }

  it("waits in the queue and reaches the mailbox when the server is back, and the link works", async () => {
    const email = await askWhileDown();
    engine.clock.advance(60_000);
    await engine.twofold.securityLog.process();
    const mails = mailsTo(smtp(), email).filter((m) => m.data.includes(SUBJECT));
    expect(mails).toHaveLength(1);
    // The message as sent (quoted-printable: soft line breaks, "=" written "=3D").
    const text = (mails[0]?.data ?? "").replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const token = /reset-password#token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
    const begun = must(await engine.twofold.passwordReset.begin({ token }, TEST_META));
    expect(begun.status).toBe("choose_password");
  });

  it("is not sent once the link has expired: a dead link helps nobody", async () => {
    const email = await askWhileDown();
    engine.clock.advance(DEFAULT_CONFIG.emailed.linkTtlMs + 1);
    await engine.twofold.securityLog.process();
    expect(mailsTo(smtp(), email).filter((m) => m.data.includes(SUBJECT))).toEqual([]);
  });
});
