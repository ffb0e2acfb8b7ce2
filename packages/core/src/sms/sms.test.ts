import { databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { queryRows } from "@twofold/db";
import { describe, expect, it } from "vitest";
import {
  must,
  pendingSignIn,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import {
  GENEROUS_SMS_LIMITS,
  personWithPhone,
  senderFor,
  uniqueMobile,
  useSmsProvider,
} from "../../test/phones";
import { signedUpPerson } from "../../test/sign-up";

describe.each(databaseKinds())("SMS codes on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({ sms: senderFor(provider) }));

  const signUp = async () => {
    const email = uniqueEmail("sms");
    const s = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    return { email, accountId: s.session.accountId };
  };

  it("adds a number written the Swiss way, sends the code to its E.164 form only, and lists it masked", async () => {
    const { accountId } = await signUp();
    const before = provider.received.length;
    const added = must(
      await engine.twofold.sms.addPhone(
        accountId,
        { phone: "079 555 12 34", country: "CH" },
        TEST_META,
      ),
    );
    expect(added).toMatchObject({ e164: "+41795551234", sentTo: "+41 79 *** ** 34" });
    const sent = provider.received.slice(before);
    expect(sent.map((m) => m.to)).toEqual(["+41795551234"]);
    expect(sent[0]?.body).toMatch(/\b\d{6}\b/);
    const confirmed = must(
      await engine.twofold.sms.confirmPhone(
        accountId,
        { phoneId: added.phoneId, code: provider.lastCode("+41795551234") },
        TEST_META,
      ),
    );
    expect(confirmed.backupCodes).toHaveLength(10);
    const status = await engine.twofold.twoFactor.status(accountId);
    expect(status.enabled).toBe(true);
    expect(status.factors).toEqual([
      expect.objectContaining({
        kind: "sms",
        label: "+41 79 *** ** 34",
        phone: "+41 79 *** ** 34",
      }),
    ]);
  });

  it("sends nothing to a refused number and keeps no trace of it", async () => {
    const { accountId } = await signUp();
    const before = provider.received.length;
    for (const [phone, reason] of [
      ["+44 7700 900123", "COUNTRY_NOT_SUPPORTED"],
      ["+262 692 12 34 56", "COUNTRY_NOT_SUPPORTED"],
      ["044 668 18 00", "NOT_A_MOBILE_NUMBER"],
      ["not a number", "INVALID_PHONE_NUMBER"],
    ] as const) {
      const r = await engine.twofold.sms.addPhone(accountId, { phone, country: "CH" }, TEST_META);
      expect(r).toEqual({ ok: false, reason });
    }
    expect(provider.received.length).toBe(before);
    const [pending] = await queryRows<{ n: number }>(
      engine.database.db,
      sql`select count(*)::int as n from enrollments where account_id = ${accountId}`,
    );
    expect(pending?.n).toBe(0);
  });

  it("refuses a number the account already has", async () => {
    const person = await personWithPhone(engine, provider);
    const again = await engine.twofold.sms.addPhone(
      person.accountId,
      { phone: person.phone },
      TEST_META,
    );
    expect(again).toEqual({ ok: false, reason: "PHONE_ALREADY_ADDED" });
  });

  it("signs in with the code sent by SMS, once", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    const sent = must(
      await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META),
    );
    expect(sent.sentTo).toMatch(/^\+41 79 \*\*\* \*\* \d\d$/);
    const code = provider.lastCode(person.phone);
    const done = must(await engine.twofold.sms.verifySignIn(pending.session, code, TEST_META));
    expect(done.session.state).toBe("active");
    expect(done.result.factorId).toBe(person.factorId);
    // The code is spent with the sign-in it finished (a second submission is told that sign-in
    // is done), and its pending token no longer works.
    const again = await engine.twofold.sms.verifySignIn(pending.session, code, TEST_META);
    expect(again).toMatchObject({ ok: false, reason: "NO_PENDING_SIGN_IN" });
    expect(await engine.twofold.sessions.resolve(pending.token)).toBeNull();
  });

  it("refuses a code after five minutes", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    engine.clock.advanceSeconds(5 * 60);
    const r = await engine.twofold.sms.verifySignIn(
      pending.session,
      provider.lastCode(person.phone),
      TEST_META,
    );
    expect(r).toMatchObject({ ok: false, reason: "CODE_EXPIRED" });
  });

  it("ends a code at its fifth wrong try: the right code no longer works", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const right = provider.lastCode(person.phone);
    const wrong = right === "000000" ? "111111" : "000000";
    const reasons = [];
    for (let i = 0; i < 5; i += 1) {
      const r = await engine.twofold.sms.verifySignIn(pending.session, wrong, TEST_META);
      reasons.push(r.ok ? "ok" : r.reason);
    }
    expect(reasons).toEqual([
      "INVALID_CODE",
      "INVALID_CODE",
      "INVALID_CODE",
      "INVALID_CODE",
      "CODE_EXPIRED",
    ]);
    // Five failures in a row also make the next try wait a second.
    engine.clock.advance(1000);
    const r = await engine.twofold.sms.verifySignIn(pending.session, right, TEST_META);
    expect(r).toMatchObject({ ok: false, reason: "CODE_EXPIRED" });
    // A new code starts over (after the wait that six failures in a row ask for).
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    engine.clock.advance(2000);
    must(
      await engine.twofold.sms.verifySignIn(
        pending.session,
        provider.lastCode(person.phone),
        TEST_META,
      ),
    );
  });

  it("counts a fifth wrong try even when the sign-in ended while it was checked", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const right = provider.lastCode(person.phone);
    const wrong = right === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i += 1)
      await engine.twofold.sms.verifySignIn(pending.session, wrong, TEST_META);
    // A guesser signs out between the session's lookup and the check of the last try.
    await engine.twofold.sessions.end(pending.session, TEST_META);
    expect(await engine.twofold.sms.verifySignIn(pending.session, wrong, TEST_META)).toEqual({
      ok: false,
      reason: "CODE_EXPIRED",
    });
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    expect(events.filter((e) => e.type === "second_factor_failed")).toHaveLength(5);
  });

  it("ends the previous code when a new one is sent", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const first = provider.lastCode(person.phone);
    let second = first;
    // A new code that happens to equal the first proves nothing: ask again.
    while (second === first) {
      must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
      second = provider.lastCode(person.phone);
    }
    const old = await engine.twofold.sms.verifySignIn(pending.session, first, TEST_META);
    expect(old).toMatchObject({ ok: false, reason: "INVALID_CODE" });
    must(await engine.twofold.sms.verifySignIn(pending.session, second, TEST_META));
  });

  it("binds a code to the sign-in it was sent for", async () => {
    const person = await personWithPhone(engine, provider);
    const a = await pendingSignIn(engine, person.email);
    const b = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(a.session, undefined, TEST_META));
    const codeForA = provider.lastCode(person.phone);
    expect(await engine.twofold.sms.verifySignIn(b.session, codeForA, TEST_META)).toMatchObject({
      ok: false,
      reason: "NO_CODE_SENT",
    });
    must(await engine.twofold.sms.sendSignInCode(b.session, undefined, TEST_META));
    const codeForB = provider.lastCode(person.phone);
    if (codeForA !== codeForB) {
      expect(await engine.twofold.sms.verifySignIn(b.session, codeForA, TEST_META)).toMatchObject({
        ok: false,
        reason: "INVALID_CODE",
      });
    }
    must(await engine.twofold.sms.verifySignIn(a.session, codeForA, TEST_META));
    must(await engine.twofold.sms.verifySignIn(b.session, codeForB, TEST_META));
  });

  it("never takes an enrollment's code for a sign-in, nor a sign-in's code for an enrollment", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    // A second number being added: its code is not the sign-in's.
    const other = uniqueMobile();
    const added = must(
      await engine.twofold.sms.addPhone(person.accountId, { phone: other }, TEST_META),
    );
    const enrollmentCode = provider.lastCode(other);
    expect(
      await engine.twofold.sms.verifySignIn(pending.session, enrollmentCode, TEST_META),
    ).toMatchObject({
      ok: false,
      reason: "NO_CODE_SENT",
    });
    must(await engine.twofold.sms.sendSignInCode(pending.session, person.factorId, TEST_META));
    const signInCode = provider.lastCode(person.phone);
    if (signInCode !== enrollmentCode) {
      const r = await engine.twofold.sms.confirmPhone(
        person.accountId,
        { phoneId: added.phoneId, code: signInCode },
        TEST_META,
      );
      expect(r).toMatchObject({ ok: false, reason: "INVALID_CODE" });
    }
    must(
      await engine.twofold.sms.confirmPhone(
        person.accountId,
        { phoneId: added.phoneId, code: enrollmentCode },
        TEST_META,
      ),
    );
  });

  it("leaves the sign-in retriable when the provider fails, and says so", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    provider.failNext(1, 503);
    const failed = await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META);
    expect(failed).toEqual({ ok: false, reason: "SMS_SEND_FAILED" });
    expect(
      await engine.twofold.sms.verifySignIn(pending.session, "123456", TEST_META),
    ).toMatchObject({
      ok: false,
      reason: "NO_CODE_SENT",
    });
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    must(
      await engine.twofold.sms.verifySignIn(
        pending.session,
        provider.lastCode(person.phone),
        TEST_META,
      ),
    );
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.map((e) => e.type)).toContain("sms_code_not_sent");
  });

  it("keeps no number or code readable in the database", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const code = provider.lastCode(person.phone);
    const dump = JSON.stringify(
      await queryRows(
        engine.database.db,
        sql`select p.*, c.*, e.detail from sms_phones p, sms_codes c, security_events e
             where p.account_id = ${person.accountId} and c.account_id = p.account_id and e.account_id = p.account_id`,
      ),
    );
    expect(dump.length).toBeGreaterThan(100);
    expect(dump).not.toContain(person.phone);
    expect(dump).not.toContain(person.phone.slice(3));
    expect(dump).not.toContain(code);
  });

  it("offers the account's other numbers and sends to the one asked for", async () => {
    const person = await personWithPhone(engine, provider);
    const second = uniqueMobile();
    const added = must(
      await engine.twofold.sms.addPhone(person.accountId, { phone: second }, TEST_META),
    );
    const secondId = must(
      await engine.twofold.sms.confirmPhone(
        person.accountId,
        { phoneId: added.phoneId, code: provider.lastCode(second) },
        TEST_META,
      ),
    ).id;
    const pending = await pendingSignIn(engine, person.email);
    const sent = must(
      await engine.twofold.sms.sendSignInCode(pending.session, secondId, TEST_META),
    );
    expect(sent.phoneId).toBe(secondId);
    expect(sent.others.map((o) => o.phoneId)).toEqual([person.factorId]);
    expect(sent.others[0]?.sentTo).toMatch(/^\+41 79 \*\*\* \*\* \d\d$/);
    expect(provider.received.at(-1)?.to).toBe(second);
    const unknown = await engine.twofold.sms.sendSignInCode(
      pending.session,
      crypto.randomUUID(),
      TEST_META,
    );
    expect(unknown).toEqual({ ok: false, reason: "FACTOR_NOT_FOUND" });
  });

  it("stops a code already sent to a number the moment the number is removed", async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const code = provider.lastCode(person.phone);
    must(
      await engine.twofold.twoFactor.removeFactor(
        person.accountId,
        { factorId: person.factorId },
        TEST_META,
      ),
    );
    const r = await engine.twofold.sms.verifySignIn(pending.session, code, TEST_META);
    expect(r).toMatchObject({ ok: false, reason: "NO_CODE_SENT" });
  });
});
