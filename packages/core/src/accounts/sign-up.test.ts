// Threat: sign-up tells who has an account (enumeration), or opens an account nobody confirmed.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  must,
  opened,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { signedUpPerson, verificationMail } from "../../test/sign-up";

const FIREFOX = {
  ip: "198.51.100.23",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
};

describe.each(databaseKinds())("sign-up with a confirmed address on %s", (kind) => {
  const engine = useTestEngine(kind);
  const accounts = new Proxy({} as typeof engine.twofold.accounts, {
    get: (_t, key: keyof typeof engine.twofold.accounts) => engine.twofold.accounts[key],
  });
  const mailsTo = (email: string) => engine.mails.filter((m) => m.to === email);

  it("answers a free and a taken address alike, and mails both", async () => {
    const taken = uniqueEmail("taken");
    await signedUpPerson(engine, { email: taken });
    const free = uniqueEmail("free");
    const before = mailsTo(taken).length;
    const answers = [
      await accounts.signUp({ email: free, password: TEST_PASSWORD }, TEST_META),
      await accounts.signUp({ email: taken, password: "another long password" }, TEST_META),
      await accounts.signUp({ email: taken.toUpperCase(), password: TEST_PASSWORD }, TEST_META),
    ];
    for (const a of answers)
      expect(a).toEqual({ ok: true, value: { status: "verification_required" } });
    await engine.twofold.securityLog.process();
    expect(mailsTo(free)).toHaveLength(1);
    expect(mailsTo(taken)).toHaveLength(before + 2);
  });

  it("tells a taken address someone tried to sign up, and changes nothing on its account", async () => {
    const email = uniqueEmail("taken");
    const owner = await signedUpPerson(engine, { email });
    must(await accounts.signUp({ email, password: "the intruder's password" }, FIREFOX));
    await engine.twofold.securityLog.process();
    const mail = mailsTo(email).at(-1);
    expect(mail?.subject).toBe("Twofold: Someone tried to sign up with your address");
    expect(mail?.text).toContain("Forgot password");
    expect(mail?.text).toContain("Firefox");
    expect(mail?.text).not.toMatch(/\b\d{6}\b/);
    expect(await engine.twofold.sessions.resolve(owner.token)).not.toBeNull();
    expect(
      await accounts.signIn({ email, password: "the intruder's password" }, TEST_META),
    ).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(
      opened(must(await accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META))).status,
    ).toBe("authenticated");
    const { events } = await engine.twofold.securityLog.list(owner.session.accountId);
    expect(events.map((e) => e.type)).toContain("sign_up_attempted");
  });

  it("opens no session before the address is confirmed: the right password mails a new code", async () => {
    const email = uniqueEmail("unconfirmed");
    must(await accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    const first = await verificationMail(engine, email);
    expect(await accounts.signIn({ email, password: "not the password" }, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CREDENTIALS",
    });
    expect(await accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META)).toEqual({
      ok: true,
      value: { status: "verification_required" },
    });
    const second = await verificationMail(engine, email);
    expect(second.code).not.toBe(first.code);
    // One live code: the first mail's no longer opens anything.
    if (first.code !== second.code)
      expect(await accounts.verifyEmail({ email, code: first.code }, TEST_META)).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
    const verified = must(await accounts.verifyEmail({ email, code: second.code }, TEST_META));
    expect(await engine.twofold.sessions.resolve(verified.token)).toMatchObject({
      state: "active",
    });
  });

  it("answers an unknown address, a confirmed one and a wrong code alike", async () => {
    const email = uniqueEmail("pending");
    must(await accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META));
    const { code } = await verificationMail(engine, email);
    const wrong = code === "000000" ? "111111" : "000000";
    const confirmed = uniqueEmail("confirmed");
    await signedUpPerson(engine, { email: confirmed });
    const refused = { ok: false, reason: "INVALID_CODE" };
    expect(await accounts.verifyEmail({ email, code: wrong }, TEST_META)).toEqual(refused);
    expect(await accounts.verifyEmail({ email: uniqueEmail("nobody"), code }, TEST_META)).toEqual(
      refused,
    );
    expect(await accounts.verifyEmail({ email: confirmed, code }, TEST_META)).toEqual(refused);
    expect(await accounts.verifyEmail({ email, code: "12345" }, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_CODE_FORMAT",
    });
    expect((await accounts.verifyEmail({ email, code }, TEST_META)).ok).toBe(true);
    expect(await accounts.verifyEmail({ email, code }, TEST_META)).toEqual(refused);
  });

  it("mails a link that carries the code, and the link's code confirms the address", async () => {
    const email = uniqueEmail("link");
    must(await accounts.signUp({ email, password: TEST_PASSWORD, locale: "de" }, FIREFOX));
    const mail = await verificationMail(engine, email);
    expect(mail.text).toContain("Ihr Code");
    expect(mail.text).toContain("Firefox");
    const link = new URL(mail.link);
    expect(link.pathname).toBe("/verify-email");
    const fragment = new URLSearchParams(link.hash.slice(1));
    expect(fragment.get("email")).toBe(email);
    const verified = must(
      await accounts.verifyEmail(
        { email: fragment.get("email") ?? "", code: fragment.get("code") ?? "" },
        TEST_META,
      ),
    );
    expect(verified.status).toBe("authenticated");
  });

  it("trusts no password of an address signed up twice before its confirmation: the code's session chooses one", async () => {
    const email = uniqueEmail("again");
    // The owner signs up, then someone else signs the same address up with their own password.
    must(await accounts.signUp({ email, password: "the owner's long password" }, TEST_META));
    must(await accounts.signUp({ email, password: "the other one's password" }, FIREFOX));
    const mail = await verificationMail(engine, email);
    expect(mail.text).toContain("If you did not just sign up, ignore this mail");
    expect(mail.text).toContain("Firefox");
    const confirmed = must(await accounts.verifyEmail({ email, code: mail.code }, TEST_META));
    // Neither password opens the account; the mailbox's owner, signed in, must choose one.
    for (const password of ["the owner's long password", "the other one's password"])
      expect(await accounts.signIn({ email, password }, TEST_META)).toEqual({
        ok: false,
        reason: "INVALID_CREDENTIALS",
      });
    const resolved = await engine.twofold.sessions.resolve(confirmed.token);
    expect(resolved?.passwordChangeRequired).toBe(true);
    if (!resolved) return;
    must(await accounts.changePassword(resolved, "chosen after the confirmation", TEST_META));
    expect(
      must(await accounts.signIn({ email, password: "chosen after the confirmation" }, TEST_META))
        .status,
    ).toBe("authenticated");
  });

  it("keeps the password of a sign-up sent again with it ('send again'): the code opens the account", async () => {
    const email = uniqueEmail("resend");
    for (let i = 0; i < 2; i += 1)
      must(await accounts.signUp({ email, password: "the same long password" }, TEST_META));
    const mail = await verificationMail(engine, email);
    must(await accounts.verifyEmail({ email, code: mail.code }, TEST_META));
    expect(
      must(await accounts.signIn({ email, password: "the same long password" }, TEST_META)).status,
    ).toBe("authenticated");
  });

  it("creates one account for two simultaneous sign-ups of one address", async () => {
    const email = uniqueEmail("twice");
    const results = await Promise.all([
      accounts.signUp({ email, password: TEST_PASSWORD }, TEST_META),
      accounts.signUp({ email: email.toUpperCase(), password: TEST_PASSWORD }, TEST_META),
    ]);
    for (const r of results)
      expect(r).toEqual({ ok: true, value: { status: "verification_required" } });
    const { code } = await verificationMail(engine, email);
    must(await accounts.verifyEmail({ email, code }, TEST_META));
  });
});
