// Threat: SMS pumping. Someone makes Twofold send many costly messages, to one number or to many.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import type { RequestMeta } from "../ports";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { personWithPhone, senderFor, useSmsProvider } from "../../test/phones";
import { signedUpPerson } from "../../test/sign-up";

const limits = { perNumber: 3, perAccount: 5, perIp: 8, total: 12, windowMs: 60 * 60 * 1000 };
const BURST = 20;

/** A distinct address per person, so only the limit a test is about is reached. */
let addresses = 0;
const from = (): RequestMeta => {
  addresses += 1;
  return { ip: `198.51.100.${addresses}`, userAgent: "twofold-tests" };
};

describe.each(databaseKinds())("SMS send limits on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, { sms: { ...DEFAULT_CONFIG.sms, limits } }, () => ({
    sms: senderFor(provider),
  }));

  const sentTo = (phone: string) => provider.received.filter((m) => m.to === phone).length;
  /** Windows are fixed: an hour later, every count starts again. */
  const nextWindow = () => engine.clock.advanceSeconds(3600);
  /** People with a confirmed number, enrolled in earlier windows than the one a test uses. */
  const people = async (count: number) => {
    const made = [];
    for (let i = 0; i < count; i += 1) {
      if (i % 10 === 0) nextWindow();
      made.push(await personWithPhone(engine, provider, undefined, from()));
    }
    nextWindow();
    return made;
  };

  it(`lets ${limits.perNumber} of ${BURST} parallel sends to one number through, and the provider gets no more`, async () => {
    // Enrolled at another address and an hour earlier: the burst starts with clean windows.
    const [person] = await people(1);
    if (!person) throw new Error("no person");
    const pending = await pendingSignIn(engine, person.email);
    const before = sentTo(person.phone);
    const meta = from();
    const results = await Promise.all(
      Array.from({ length: BURST }, () =>
        engine.twofold.sms.sendSignInCode(pending.session, undefined, meta),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limits.perNumber);
    const refused = results.flatMap((r) => (r.ok ? [] : [r]));
    expect(new Set(refused.map((r) => r.reason))).toEqual(new Set(["RATE_LIMITED"]));
    // Told when trying again can succeed: the end of the window.
    expect(refused[0]?.retryAt?.getTime()).toBeGreaterThan(engine.clock.now().getTime());
    expect(sentTo(person.phone) - before).toBe(limits.perNumber);
  });

  it("counts sends across sign-ins and sessions, and allows them again in the next window", async () => {
    const [person] = await people(1);
    if (!person) throw new Error("no person");
    const outcomes = [];
    for (let i = 0; i < limits.perNumber + 2; i += 1) {
      const pending = await pendingSignIn(engine, person.email);
      const r = await engine.twofold.sms.sendSignInCode(pending.session, undefined, from());
      outcomes.push(r.ok ? "sent" : r.reason);
    }
    expect(outcomes).toEqual(["sent", "sent", "sent", "RATE_LIMITED", "RATE_LIMITED"]);
    nextWindow();
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, from()));
  });

  it(`stops one address after ${limits.perIp} sends to many numbers`, async () => {
    const meta = from();
    const results = await Promise.all(
      (await people(limits.perIp + 2)).map(async (p) => {
        const pending = await pendingSignIn(engine, p.email);
        return engine.twofold.sms.sendSignInCode(pending.session, undefined, meta);
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limits.perIp);
  });

  it(`stops everyone after ${limits.total} sends in a window, whatever the address`, async () => {
    const everyone = await people(limits.total + 3);
    const pendings = await Promise.all(everyone.map((p) => pendingSignIn(engine, p.email)));
    const before = provider.received.length;
    const results = await Promise.all(
      pendings.map((p) => engine.twofold.sms.sendSignInCode(p.session, undefined, from())),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(limits.total);
    expect(provider.received.length - before).toBe(limits.total);
  });

  it("gives a send back when the provider failed: a failure does not use up the limit", async () => {
    const [person] = await people(1);
    if (!person) throw new Error("no person");
    const pending = await pendingSignIn(engine, person.email);
    provider.failNext(limits.perNumber + 1, 500);
    for (let i = 0; i < limits.perNumber + 1; i += 1) {
      const r = await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META);
      expect(r).toEqual({ ok: false, reason: "SMS_SEND_FAILED" });
    }
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
  });

  it("keeps the owner's sign-in codes when someone else adds their number", async () => {
    const [owner] = await people(1);
    if (!owner) throw new Error("no person");
    const attacker = await signedUpPerson(
      engine,
      { email: `attacker-${Date.now()}@example.ch`, password: "attacker password 123" },
      from(),
    );
    const outcomes = [];
    for (let i = 0; i < limits.perNumber + 1; i += 1) {
      const r = await engine.twofold.sms.addPhone(
        attacker.session.accountId,
        { phone: owner.phone },
        from(),
      );
      outcomes.push(r.ok ? "sent" : r.reason);
    }
    expect(outcomes.at(-1)).toBe("RATE_LIMITED");
    const pending = await pendingSignIn(engine, owner.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, from()));
  });
});
