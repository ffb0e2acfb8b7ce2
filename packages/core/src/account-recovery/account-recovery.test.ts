// Threat: someone who knows only the password takes an account over by "recovering" it, or the
// owner who lost every method is locked out for good.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  mailTo,
  must,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { claimOf, personWithAppPassword } from "../../test/account-recovery";
import { DEFAULT_CONFIG } from "../config";
import { outboxMailer, readMailOutbox } from "../notifications/outbox-mailer";

const outbox = join(mkdtempSync(join(tmpdir(), "twofold-recovery-")), "mail.jsonl");
const HOUR = 3_600_000;
const NEW_PASSWORD = "a brand new passphrase for the account";

describe.each(databaseKinds())("account recovery on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));
  const recovery = () => engine.twofold.recovery;
  const subjectsTo = async (email: string) => {
    await engine.twofold.securityLog.process();
    return (await readMailOutbox(outbox, 10_000))
      .filter((m) => m.to === email)
      .map((m) => m.subject);
  };
  const eventsOf = async (accountId: string) =>
    (await engine.twofold.securityLog.list(accountId)).events.map((e) => e.type);

  it("starts with the password and an application password, waits 72 hours, and tells the owner at once", async () => {
    const person = await personWithAppPassword(engine);
    const now = engine.clock.now();
    const started = must(
      await recovery().start(
        claimOf(person, { kind: "app_password", appPassword: person.appPassword }),
      ),
    );
    expect(started.endsAt.getTime() - now.getTime()).toBe(72 * HOUR);
    expect(await recovery().status(person.accountId)).toEqual({
      pending: true,
      startedAt: started.startedAt,
      endsAt: started.endsAt,
    });
    expect(await eventsOf(person.accountId)).toContain("account_recovery_started");
    expect(await subjectsTo(person.email)).toContain(
      "Twofold: Someone started to recover your account",
    );
    // Nothing changed yet: two-step is still on, the app password still works.
    expect((await engine.twofold.twoFactor.status(person.accountId)).enabled).toBe(true);
    // One pending recovery per account.
    const again = await recovery().start(
      claimOf(person, { kind: "app_password", appPassword: person.appPassword }),
    );
    expect(again).toMatchObject({ ok: false, reason: "RECOVERY_ALREADY_PENDING" });
  });

  it("takes a browser trusted for this account, or one that signed in to it before, and no other's", async () => {
    const person = await personWithAppPassword(engine);
    const other = await personWithAppPassword(engine);
    const trusted = await engine.twofold.trustedBrowsers.trust(person.session.session, TEST_META);
    const othersTrusted = await engine.twofold.trustedBrowsers.trust(
      other.session.session,
      TEST_META,
    );
    const wrong = await recovery().start(
      claimOf(person, { kind: "browser", trustedBrowser: othersTrusted.value }),
    );
    expect(wrong).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_INVALID" });
    const forged = `${person.accountId}.AAAAAAAAAAAAAAAAAAAAAA`;
    expect(
      await recovery().start(claimOf(person, { kind: "browser", recentBrowser: forged })),
    ).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_INVALID" });
    must(
      await recovery().start(claimOf(person, { kind: "browser", trustedBrowser: trusted.value })),
    );
    // The other's recently used browser names them (and someone else before).
    const recent = recovery().recentBrowserCookie({
      accountId: other.accountId,
      previous: recovery().recentBrowserCookie({ accountId: uniqueId(), previous: undefined }),
    });
    must(await recovery().start(claimOf(other, { kind: "browser", recentBrowser: recent })));
  });

  it("refuses a missing or wrong proof and a wrong password with clear reasons, all on the one password lock", async () => {
    const person = await personWithAppPassword(engine);
    const missing = await recovery().start(claimOf(person, undefined));
    expect(missing).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_MISSING" });
    const wrong = await recovery().start(
      claimOf(person, { kind: "app_password", appPassword: "aaaa-bbbb-cccc-dddd-eeee-ffff-gggg" }),
    );
    expect(wrong).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_INVALID" });
    const badPassword = await recovery().start(
      claimOf(
        person,
        { kind: "app_password", appPassword: person.appPassword },
        "not the password",
      ),
    );
    expect(badPassword).toMatchObject({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await eventsOf(person.accountId)).toContain("account_recovery_refused");
    expect((await recovery().status(person.accountId)).pending).toBe(false);
    // Keep guessing proofs: the password's one lock closes, for sign-in too.
    for (let i = 0; i < 10; i += 1) {
      engine.clock.advance(20_000);
      await recovery().start(claimOf(person, undefined));
    }
    const signIn = await engine.twofold.accounts.signIn(
      { email: person.email, password: TEST_PASSWORD },
      TEST_META,
    );
    expect(signIn).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    engine.clock.advance(24 * HOUR);
  });

  it("answers an unknown address as a wrong password", async () => {
    const started = await recovery().start(
      claimOf({ email: uniqueEmail() }, { kind: "app_password", appPassword: "x" }),
    );
    expect(started).toMatchObject({ ok: false, reason: "INVALID_CREDENTIALS" });
    const asked = must(await recovery().requestLink({ email: uniqueEmail(), meta: TEST_META }));
    await asked.sent;
  });

  it("limits 'send me a recovery link' per address, alike for an address with or without an account", async () => {
    const person = await personWithAppPassword(engine);
    const nobody = uniqueEmail();
    for (let i = 0; i < 5; i += 1) {
      must(await recovery().requestLink({ email: person.email, meta: TEST_META }));
      must(
        await recovery().requestLink({ email: nobody, meta: { ...TEST_META, ip: "192.0.2.99" } }),
      );
    }
    const known = await recovery().requestLink({ email: person.email, meta: TEST_META });
    const unknown = await recovery().requestLink({ email: nobody, meta: TEST_META });
    expect(known).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(unknown).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    engine.clock.advance(HOUR);
  });

  it("cannot be completed before the end of the wait; after it, takes back the account and turns two-step off", async () => {
    const person = await personWithAppPassword(engine);
    const proof = { kind: "app_password", appPassword: person.appPassword } as const;
    const trusted = await engine.twofold.trustedBrowsers.trust(person.session.session, TEST_META);
    const started = must(await recovery().start(claimOf(person, proof)));
    engine.clock.advance(71 * HOUR);
    const early = await recovery().complete({
      ...claimOf(person, proof),
      newPassword: NEW_PASSWORD,
    });
    expect(early).toMatchObject({ ok: false, reason: "RECOVERY_WAITING", retryAt: started.endsAt });
    engine.clock.advance(HOUR + 1);
    const weak = await recovery().complete({ ...claimOf(person, proof), newPassword: "short" });
    expect(weak).toMatchObject({ ok: false, reason: "WEAK_PASSWORD" });
    const issued = must(
      await recovery().complete({ ...claimOf(person, proof), newPassword: NEW_PASSWORD }),
    );
    expect((await engine.twofold.sessions.resolve(issued.token))?.state).toBe("active");
    // Every method and backup code, every other session, app password and trusted browser: gone.
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status).toMatchObject({ enabled: false, factors: [], backupCodesRemaining: 0 });
    expect(await engine.twofold.sessions.resolve(person.session.token)).toBeNull();
    expect(await engine.twofold.appPasswords.list(person.accountId)).toEqual([]);
    expect(await engine.twofold.trustedBrowsers.list(person.accountId)).toEqual([]);
    expect(trusted.value).not.toBe("");
    expect((await recovery().status(person.accountId)).pending).toBe(false);
    // The new password signs in (no second step now), the old one no longer does.
    const signIn = must(
      await engine.twofold.accounts.signIn(
        { email: person.email, password: NEW_PASSWORD },
        TEST_META,
      ),
    );
    expect(signIn.status).toBe("authenticated");
    const old = await engine.twofold.accounts.signIn(
      { email: person.email, password: TEST_PASSWORD },
      TEST_META,
    );
    expect(old).toMatchObject({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await eventsOf(person.accountId)).toContain("account_recovery_completed");
    expect(await subjectsTo(person.email)).toContain(
      "Twofold: Your account was recovered: two-step verification is off",
    );
  });

  it("is cancelled for good from any session in one step, and a new start is announced again", async () => {
    const person = await personWithAppPassword(engine);
    const proof = { kind: "app_password", appPassword: person.appPassword } as const;
    must(await recovery().start(claimOf(person, proof)));
    must(
      await recovery().cancel({ accountId: person.accountId, meta: TEST_META, from: "session" }),
    );
    expect(await recovery().status(person.accountId)).toEqual({ pending: false });
    expect(
      await recovery().cancel({ accountId: person.accountId, meta: TEST_META, from: "session" }),
    ).toMatchObject({ ok: false, reason: "RECOVERY_NOT_PENDING" });
    engine.clock.advance(73 * HOUR);
    const resumed = await recovery().complete({
      ...claimOf(person, proof),
      newPassword: NEW_PASSWORD,
    });
    expect(resumed).toMatchObject({ ok: false, reason: "RECOVERY_NOT_PENDING" });
    expect((await engine.twofold.twoFactor.status(person.accountId)).enabled).toBe(true);
    must(await recovery().start(claimOf(person, proof)));
    const subjects = await subjectsTo(person.email);
    expect(
      subjects.filter((s) => s === "Twofold: Someone started to recover your account"),
    ).toHaveLength(2);
    expect(subjects).toContain("Twofold: The recovery of your account was cancelled");
    expect(await eventsOf(person.accountId)).toContain("account_recovery_cancelled");
  });

  it("reminds every address once, a day before the end", async () => {
    const person = await personWithAppPassword(engine);
    must(
      await recovery().start(
        claimOf(person, { kind: "app_password", appPassword: person.appPassword }),
      ),
    );
    engine.clock.advance(47 * HOUR);
    await recovery().remind();
    expect(await subjectsTo(person.email)).not.toContain(
      "Twofold: A recovery of your account ends soon",
    );
    engine.clock.advance(2 * HOUR);
    expect(await recovery().remind()).toBeGreaterThanOrEqual(1);
    await recovery().remind();
    const subjects = await subjectsTo(person.email);
    expect(
      subjects.filter((s) => s === "Twofold: A recovery of your account ends soon"),
    ).toHaveLength(1);
  });

  it("ends with 'this wasn't me' from its mail: the password is known to someone else", async () => {
    const person = await personWithAppPassword(engine);
    const proof = { kind: "app_password", appPassword: person.appPassword } as const;
    const started = must(await recovery().start(claimOf(person, proof)));
    const told = await mailTo(engine, outbox, {
      email: person.email,
      subject: "Someone started to recover your account",
    });
    expect(told.token).not.toBe("");
    // When it can be completed, written for a person (not the log's ISO string); no zone is
    // known for this account, and the mail says UTC.
    const endsAt = started.endsAt.toISOString();
    const utc = { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" } as const;
    expect(told.text).toContain(
      `${new Intl.DateTimeFormat("en-GB", utc).format(started.endsAt)} (UTC)`,
    );
    expect(told.text).not.toContain(endsAt);
    must(await engine.twofold.notifications.reportNotMe(told.token, TEST_META));
    expect(await recovery().status(person.accountId)).toEqual({ pending: false });
    expect(await eventsOf(person.accountId)).toContain("account_recovery_cancelled");
    // The wait runs out, and nothing can be completed.
    engine.clock.advance(DEFAULT_CONFIG.recovery.waitMs + HOUR);
    const late = await recovery().complete({
      ...claimOf(person, proof),
      newPassword: NEW_PASSWORD,
    });
    expect(late).toMatchObject({ ok: false });
  });
});

let ids = 0;
function uniqueId(): string {
  ids += 1;
  return `00000000-0000-4000-8000-${String(ids).padStart(12, "0")}`;
}

describe.each(databaseKinds())("account recovery as a password door on %s", (kind) => {
  // The shipped limit of password tries per IP address, shared with sign-in.
  const engine = useTestEngine(kind, { limits: { ...DEFAULT_CONFIG.limits, signInPerIp: 3 } });

  it("counts its password tries against the sign-in's limit per IP address (no spraying through it)", async () => {
    const from = { ip: "198.51.100.23", userAgent: "sprayer" };
    const proof = { kind: "app_password", appPassword: "x" } as const;
    for (let i = 0; i < 3; i += 1) {
      const tried = await engine.twofold.recovery.start({
        email: uniqueEmail(),
        password: "Winter2026!",
        proof,
        meta: from,
      });
      expect(tried).toMatchObject({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    const next = await engine.twofold.accounts.signIn(
      { email: uniqueEmail(), password: "Winter2026!" },
      from,
    );
    expect(next).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
  });
});
