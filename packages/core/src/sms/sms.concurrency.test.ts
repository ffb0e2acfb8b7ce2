// Threat: one SMS code sent in many parallel requests opens more than one session or factor.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
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

const PARALLEL = 20;

describe.each(databaseKinds())("SMS codes under concurrency on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({ sms: senderFor(provider) }));

  it(`lets exactly one of ${PARALLEL} simultaneous submissions of the right code sign in`, async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const code = provider.lastCode(person.phone);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.sms.verifySignIn(pending.session, code, TEST_META),
      ),
    );
    const winners = results.flatMap((r) => (r.ok ? [r.value] : []));
    expect(winners).toHaveLength(1);
    const reasons = new Set(results.flatMap((r) => (r.ok ? [] : [r.reason])));
    // The others are told the sign-in is done (or that the code's tries were used up while it
    // was still pending), never that no code was sent.
    const allowed = ["CODE_ALREADY_USED", "NO_PENDING_SIGN_IN", "RATE_LIMITED", "CODE_EXPIRED"];
    expect([...reasons].filter((r) => !allowed.includes(r))).toEqual([]);
    expect(await engine.twofold.sessions.resolve(winners[0]?.token ?? "")).toMatchObject({
      state: "active",
    });
  });

  it(`checks no more than ${DEFAULT_CONFIG.sms.maxAttempts} of ${PARALLEL} simultaneous guesses`, async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const right = provider.lastCode(person.phone);
    // Every guess but one is wrong, and the right one comes last.
    const guesses = Array.from({ length: PARALLEL }, (_, i) =>
      String((Number(right) + i + 1) % 1_000_000).padStart(6, "0"),
    );
    guesses[PARALLEL - 1] = right;
    const results = await Promise.all(
      guesses.map((g) => engine.twofold.sms.verifySignIn(pending.session, g, TEST_META)),
    );
    // Compared: the wrong ones refused as wrong, and the right one if it got a try in time.
    const compared = results.filter((r) => r.ok || r.reason === "INVALID_CODE").length;
    expect(compared).toBeLessThanOrEqual(DEFAULT_CONFIG.sms.maxAttempts);
  });

  it(`makes one factor of ${PARALLEL} simultaneous confirmations of a number`, async () => {
    const email = uniqueEmail("sms");
    const s = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const { accountId } = s.session;
    const phone = uniqueMobile();
    const added = must(await engine.twofold.sms.addPhone(accountId, { phone }, TEST_META));
    const code = provider.lastCode(phone);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.sms.confirmPhone(accountId, { phoneId: added.phoneId, code }, TEST_META),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const status = await engine.twofold.twoFactor.status(accountId);
    expect(status.factors.filter((f) => f.kind === "sms")).toHaveLength(1);
    expect(status.backupCodesRemaining).toBe(10);
  });

  it("makes one factor when two enrollments of the same number are confirmed at once", async () => {
    const email = uniqueEmail("sms");
    const s = await signedUpPerson(engine, { email, password: TEST_PASSWORD }, TEST_META);
    const { accountId } = s.session;
    const phone = uniqueMobile();
    const first = must(await engine.twofold.sms.addPhone(accountId, { phone }, TEST_META));
    const firstCode = provider.lastCode(phone);
    const second = must(await engine.twofold.sms.addPhone(accountId, { phone }, TEST_META));
    const secondCode = provider.lastCode(phone);
    const results = await Promise.all([
      engine.twofold.sms.confirmPhone(
        accountId,
        { phoneId: first.phoneId, code: firstCode },
        TEST_META,
      ),
      engine.twofold.sms.confirmPhone(
        accountId,
        { phoneId: second.phoneId, code: secondCode },
        TEST_META,
      ),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: "PHONE_ALREADY_ADDED" });
    const status = await engine.twofold.twoFactor.status(accountId);
    expect(status.factors).toHaveLength(1);
  });
});
