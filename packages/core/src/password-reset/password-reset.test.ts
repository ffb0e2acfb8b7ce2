import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  mailTo,
  must,
  personWithTOTP,
  signedUpPerson,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test";
import { resetTokenMailedTo } from "../../test/reset";
import { outboxMailer, readMailOutbox } from "../notifications/outbox-mailer";

const NEW_PASSWORD = "a brand new passphrase, long enough";

describe.each(databaseKinds())("forgot password on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  async function ask(email: string): Promise<string> {
    const asked = must(await engine.twofold.passwordReset.request({ email }, TEST_META));
    await asked.sent;
    return resetTokenMailedTo(engine, outbox, email);
  }

  async function personWithoutTwoStep(): Promise<{ email: string; accountId: string }> {
    const email = uniqueEmail("reset");
    const made = await signedUpPerson(engine, { email });
    return { email, accountId: made.session.accountId };
  }

  it("answers an unknown and a known address alike, and mails only the known one", async () => {
    const known = await personWithoutTwoStep();
    const unknown = uniqueEmail("nobody");
    const a = await engine.twofold.passwordReset.request({ email: known.email }, TEST_META);
    const b = await engine.twofold.passwordReset.request({ email: unknown }, TEST_META);
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok) await a.value.sent;
    if (b.ok) await b.value.sent;
    expect(await resetTokenMailedTo(engine, outbox, known.email)).not.toBe("");
    const toUnknown = (await readMailOutbox(outbox, 10_000)).filter((m) => m.to === unknown);
    expect(toUnknown).toEqual([]);
  });

  it("never signs in by itself, and sets the password once (two-step off)", async () => {
    const person = await personWithoutTwoStep();
    const token = await ask(person.email);
    const begun = must(await engine.twofold.passwordReset.begin({ token }, TEST_META));
    expect(begun).toEqual({ status: "choose_password" });
    const done = must(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: null },
        TEST_META,
      ),
    );
    // Every session ended: the one of the sign-up too.
    expect(done.sessionsEnded).toBe(1);
    const again = await engine.twofold.passwordReset.complete(
      { token, password: "yet another passphrase here", session: null },
      TEST_META,
    );
    expect(again).toEqual({ ok: false, reason: "LINK_INVALID" });
    const signIn = await engine.twofold.accounts.signIn(
      { email: person.email, password: NEW_PASSWORD },
      TEST_META,
    );
    expect(signIn.ok).toBe(true);
    const old = await engine.twofold.accounts.signIn(
      { email: person.email, password: TEST_PASSWORD },
      TEST_META,
    );
    expect(old).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
  });

  it("refuses an expired link", async () => {
    const person = await personWithoutTwoStep();
    const token = await ask(person.email);
    engine.clock.advanceSeconds(31 * 60);
    expect(await engine.twofold.passwordReset.begin({ token }, TEST_META)).toEqual({
      ok: false,
      reason: "LINK_EXPIRED",
    });
    expect(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: null },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "LINK_EXPIRED" });
  });

  it("asks a two-step account for a factor first, and the reset's session does nothing else", async () => {
    const person = await personWithTOTP(engine);
    const token = await ask(person.email);
    const skipped = await engine.twofold.passwordReset.complete(
      { token, password: NEW_PASSWORD, session: null },
      TEST_META,
    );
    expect(skipped).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    const begun = must(await engine.twofold.passwordReset.begin({ token }, TEST_META));
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    expect(begun.factors).toEqual(["totp", "backup_code"]);
    expect(begun.preferred).toBe("totp");
    // Still pending: a completion with that session is refused too.
    const pending = must(await resolve(begun.token));
    expect(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: pending },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    const passed = must(
      await engine.twofold.secondFactor.verifyTOTP(begun.session, code, TEST_META),
    );
    const session = must(await resolve(passed.token));
    expect(session.purpose).toBe("password_reset");
    const done = must(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session },
        TEST_META,
      ),
    );
    // The sign-up's session and the reset's own.
    expect(done.sessionsEnded).toBe(2);
    expect(await engine.twofold.sessions.resolve(passed.token)).toBeNull();
  });

  it("takes a backup code as the second factor", async () => {
    const person = await personWithTOTP(engine);
    const token = await ask(person.email);
    const begun = must(await engine.twofold.passwordReset.begin({ token }, TEST_META));
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    const passed = must(
      await engine.twofold.secondFactor.verifyBackupCode(
        begun.session,
        person.backupCodes[0] ?? "",
        TEST_META,
      ),
    );
    const session = must(await resolve(passed.token));
    const done = await engine.twofold.passwordReset.complete(
      { token, password: NEW_PASSWORD, session },
      TEST_META,
    );
    expect(done.ok).toBe(true);
  });

  it("refuses a session that passed for another account's reset", async () => {
    const mine = await personWithTOTP(engine);
    const theirs = await personWithTOTP(engine);
    const myToken = await ask(mine.email);
    const theirToken = await ask(theirs.email);
    const begun = must(await engine.twofold.passwordReset.begin({ token: myToken }, TEST_META));
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    const code = otpAppCode(mine.otpauthUri, engine.clock.now());
    const passed = must(
      await engine.twofold.secondFactor.verifyTOTP(begun.session, code, TEST_META),
    );
    const session = must(await resolve(passed.token));
    expect(
      await engine.twofold.passwordReset.complete(
        { token: theirToken, password: NEW_PASSWORD, session },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    // A signed-in session of the account is no reset's session either.
    const signedIn = must(await resolve(theirs.session.token));
    expect(
      await engine.twofold.passwordReset.complete(
        { token: theirToken, password: NEW_PASSWORD, session: signedIn },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
  });

  it("binds the reset's session to its link: a session from an earlier link does not complete a later one", async () => {
    const person = await personWithTOTP(engine);
    const first = await ask(person.email);
    const begun = must(await engine.twofold.passwordReset.begin({ token: first }, TEST_META));
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    const passed = must(
      await engine.twofold.secondFactor.verifyTOTP(begun.session, code, TEST_META),
    );
    engine.clock.advanceSeconds(1);
    const second = await ask(person.email);
    expect(second).not.toBe(first);
    const session = must(await resolve(passed.token));
    expect(
      await engine.twofold.passwordReset.complete(
        { token: second, password: NEW_PASSWORD, session },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    // The earlier link itself was replaced by the later one.
    expect(
      await engine.twofold.passwordReset.complete(
        { token: first, password: NEW_PASSWORD, session },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "LINK_INVALID" });
  });

  it("revokes application passwords, logs the reset and mails it with 'this wasn't me'", async () => {
    const person = await personWithoutTwoStep();
    must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail app", scopes: ["mail"] },
        TEST_META,
      ),
    );
    const token = await ask(person.email);
    const done = must(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: null },
        TEST_META,
      ),
    );
    expect(done.appPasswordsRevoked).toBe(1);
    expect(await engine.twofold.appPasswords.list(person.accountId)).toEqual([]);
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    expect(events.map((e) => e.type)).toContain("password_reset_requested");
    expect(events.map((e) => e.type)).toContain("password_reset");
    const mail = await mailTo(engine, outbox, {
      email: person.email,
      subject: "Your password was reset with a link from this address",
    });
    expect(mail.token).not.toBe("");
  });

  it("writes the link's email and the reset's notice in the account's language", async () => {
    const email = uniqueEmail("fr");
    must(
      await engine.twofold.accounts.signUp(
        { email, password: TEST_PASSWORD, locale: "fr" },
        TEST_META,
      ),
    );
    await must(await engine.twofold.passwordReset.request({ email }, TEST_META)).sent;
    await engine.twofold.securityLog.process();
    const mail = (await readMailOutbox(outbox, 10_000)).filter((m) => m.to === email).at(-1);
    expect(mail?.subject).toBe("Twofold: Choisir un nouveau mot de passe");
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    must(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: null },
        TEST_META,
      ),
    );
    const notice = await mailTo(engine, outbox, {
      email,
      subject: "Votre mot de passe a été réinitialisé par un lien envoyé à cette adresse",
    });
    expect(notice.token).not.toBe("");
  });

  const resolve = async (token: string) => {
    const session = await engine.twofold.sessions.resolve(token);
    return session ? { ok: true as const, value: session } : { ok: false as const, reason: "none" };
  };

  it("confirms an address never confirmed: the link reached its mailbox", async () => {
    const email = uniqueEmail("unconfirmed");
    must(await engine.twofold.accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    const before = must(
      await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META),
    );
    expect(before.status).toBe("verification_required");
    const token = await ask(email);
    must(
      await engine.twofold.passwordReset.complete(
        { token, password: NEW_PASSWORD, session: null },
        TEST_META,
      ),
    );
    const after = must(
      await engine.twofold.accounts.signIn({ email, password: NEW_PASSWORD }, TEST_META),
    );
    expect(after.status).toBe("authenticated");
  });
});
