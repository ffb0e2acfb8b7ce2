import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import type { GeoLocator, RequestMeta } from "../ports";
import {
  must,
  pendingSignIn,
  TEST_META,
  TEST_PASSWORD,
  uniqueEmail,
  useTestEngine,
} from "../../test/engine";
import { GENEROUS_SMS_LIMITS, personWithPhone, senderFor, useSmsProvider } from "../../test/phones";
import { signedUpPerson } from "../../test/sign-up";
import { addOTPApp, personWithTOTP } from "../../test/totp";
import { CHECKUP_RULES } from "./findings";

/** The place of an address (a table standing in for the server's IP-location database). */
const PLACES: Record<string, string> = {
  [TEST_META.ip]: "Zurich, CH",
  "130.92.1.1": "Bern, CH",
  "193.51.1.1": "Paris, FR",
};
const tableLocator: GeoLocator = { locate: (ip) => PLACES[ip] ?? null };
const PARIS: RequestMeta = { ip: "193.51.1.1", userAgent: "Mozilla/5.0 (Macintosh) Safari/605" };
const BERN: RequestMeta = { ...PARIS, ip: "130.92.1.1" };

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(databaseKinds())("the security check-up on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({
    geo: tableLocator,
    sms: senderFor(provider),
  }));
  const status = (accountId: string) => engine.twofold.checkup.status(accountId);

  /** A full sign-in with the OTP app from `meta`: the session it opened. */
  async function signInFrom(person: { email: string; otpauthUri: string }, meta: RequestMeta) {
    const outcome = must(
      await engine.twofold.accounts.signIn({ email: person.email, password: TEST_PASSWORD }, meta),
    );
    if (outcome.status !== "second_factor_required") throw new Error("expected a pending sign-in");
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    must(await engine.twofold.secondFactor.verifyTOTP(outcome.session, code, meta));
    engine.clock.advanceSeconds(30);
    return outcome.session;
  }

  it("asks to turn two-step on when it is off, and nothing about methods", async () => {
    const session = await signedUpPerson(engine, { email: uniqueEmail() });
    const checkup = await status(session.session.accountId);
    expect(checkup.findings.map((f) => f.kind)).toEqual(["two_step_off", "no_recovery_address"]);
    expect(checkup.protections).toMatchObject({ twoStepOn: false, twoStepSince: null });
    expect(checkup.askMethodsCheck).toBe(false);
  });

  it("names a lone method and a missing recovery address; a second method clears the first", async () => {
    const person = await personWithTOTP(engine);
    const first = await status(person.accountId);
    expect(first.findings.map((f) => f.kind)).toEqual(["only_one_method", "no_recovery_address"]);
    expect(first.protections.twoStepSince).toBeInstanceOf(Date);
    expect(first.protections).toMatchObject({
      twoStepOn: true,
      methods: [{ kind: "totp", count: 1 }],
      backupCodesRemaining: 10,
      recoveryAddress: false,
    });
    await addOTPApp(engine, person.accountId, "Tablet");
    const second = await status(person.accountId);
    expect(second.findings.map((f) => f.kind)).toEqual(["no_recovery_address"]);
    expect(second.protections.methods).toEqual([{ kind: "totp", count: 2 }]);
  });

  it("asks for a stronger method when SMS is the only one", async () => {
    const person = await personWithPhone(engine, provider);
    const kinds = (await status(person.accountId)).findings.map((f) => f.kind);
    expect(kinds).toEqual(["only_one_method", "only_sms", "no_recovery_address"]);
  });

  it("says so when 3 backup codes or fewer are left", async () => {
    const person = await personWithTOTP(engine);
    for (const code of person.backupCodes.slice(0, 6)) {
      const pending = await pendingSignIn(engine, person.email);
      must(await engine.twofold.secondFactor.verifyBackupCode(pending.session, code, TEST_META));
    }
    expect((await status(person.accountId)).findings).not.toContainEqual(
      expect.objectContaining({ kind: "few_backup_codes" }),
    );
    const pending = await pendingSignIn(engine, person.email);
    const seventh = person.backupCodes[6] ?? "";
    must(await engine.twofold.secondFactor.verifyBackupCode(pending.session, seventh, TEST_META));
    expect((await status(person.accountId)).findings).toContainEqual({
      kind: "few_backup_codes",
      remaining: CHECKUP_RULES.fewBackupCodes,
    });
  });

  it("keeps quiet about a recovery address once one is confirmed", async () => {
    const person = await personWithTOTP(engine);
    const address = uniqueEmail("outside");
    const contacts = engine.twofold.recoveryContacts;
    must(await contacts.setAddress(person.accountId, { email: address }, TEST_META));
    await engine.twofold.securityLog.process();
    const mail = engine.mails.filter((m) => m.to === address).at(-1);
    const code = /\b(\d{6})\b/.exec(mail?.text ?? "")?.[1] ?? "";
    must(await contacts.confirmAddress(person.accountId, { code }, TEST_META));
    const checkup = await status(person.accountId);
    expect(checkup.findings.map((f) => f.kind)).toEqual(["only_one_method"]);
    expect(checkup.protections.recoveryAddress).toBe(true);
  });

  it("names a method unused for 180 days, and forgets it once it is used again", async () => {
    const person = await personWithTOTP(engine);
    engine.clock.advance(CHECKUP_RULES.unusedAfterMs - DAY_MS);
    expect((await status(person.accountId)).findings).not.toContainEqual(
      expect.objectContaining({ kind: "unused_method" }),
    );
    engine.clock.advance(DAY_MS);
    const unused = (await status(person.accountId)).findings.find(
      (f) => f.kind === "unused_method",
    );
    expect(unused).toMatchObject({
      kind: "unused_method",
      factorId: person.factorId,
      factorKind: "totp",
      label: "Phone",
      used: false,
    });
    expect(unused?.kind === "unused_method" && unused.since).toBeInstanceOf(Date);
    await signInFrom(person, TEST_META);
    expect((await status(person.accountId)).findings).not.toContainEqual(
      expect.objectContaining({ kind: "unused_method" }),
    );
  });

  it("names a session and a trusted browser from a country of no other sign-in", async () => {
    const person = await personWithTOTP(engine);
    await signInFrom(person, BERN);
    expect((await status(person.accountId)).findings).not.toContainEqual(
      expect.objectContaining({ kind: "unusual_session" }),
    );
    const paris = await signInFrom(person, PARIS);
    await engine.twofold.trustedBrowsers.trust(paris, PARIS);
    const findings = (await status(person.accountId)).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        kind: "unusual_session",
        sessionId: paris.id,
        place: "Paris, FR",
        ip: PARIS.ip,
        browser: "Safari",
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ kind: "unusual_trusted_browser", place: "Paris, FR" }),
    );
    // A second sign-in from France makes it one of the account's places.
    await signInFrom(person, PARIS);
    expect((await status(person.accountId)).findings.map((f) => f.kind)).not.toContain(
      "unusual_session",
    );
  });

  it("finds nothing unusual for a person who only ever signed in from one country", async () => {
    const person = await personWithTOTP(engine);
    await engine.twofold.trustedBrowsers.trust(await signInFrom(person, TEST_META), TEST_META);
    await signInFrom(person, TEST_META);
    const kinds = (await status(person.accountId)).findings.map((f) => f.kind);
    expect(kinds).toEqual(["only_one_method", "no_recovery_address"]);
  });
});
