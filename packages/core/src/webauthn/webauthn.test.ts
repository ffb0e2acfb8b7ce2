import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { ORIGIN, personWithKey, RP_ID } from "../../test/webauthn-keys";

describe.each(databaseKinds())("security keys on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("registers a key as the first factor: two-step turns on, backup codes, the key listed", async () => {
    const person = await personWithKey(engine);
    expect(person.backupCodes).toHaveLength(10);
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.enabled).toBe(true);
    expect(status.factors).toMatchObject([
      { kind: "webauthn", label: "YubiKey", model: null, passkey: false, lastUsedAt: null },
    ]);
  });

  it("signs in with password then the key; the counter is stored, the key stamped", async () => {
    const person = await personWithKey(engine);
    const pending = await pendingSignIn(engine, person.email);
    const options = await engine.twofold.secondFactor.beginWebAuthn(pending.session);
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([person.key.credentialId]);
    expect(Buffer.from(options.challenge, "base64url")).toHaveLength(32);
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const done = must(
      await engine.twofold.secondFactor.verifyWebAuthn(pending.session, response, TEST_META),
    );
    expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({ state: "active" });
    const [factor] = (await engine.twofold.twoFactor.status(person.accountId)).factors;
    expect(factor?.lastUsedAt).not.toBeNull();
  });

  it("does not register the same authenticator twice, on one account or across accounts", async () => {
    const person = await personWithKey(engine);
    const account = await engine.twofold.accounts.get(person.accountId);
    if (!account) throw new Error("no account");
    const options = await engine.twofold.webauthn.beginRegistration(person.session.session, {
      account,
      label: "Again",
    });
    expect(options.excludeCredentials?.map((c) => c.id)).toEqual([person.key.credentialId]);
    const again = person.key.register({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const result = await engine.twofold.webauthn.finishRegistration(
      person.session.session,
      again,
      TEST_META,
    );
    expect(result).toEqual({ ok: false, reason: "CREDENTIAL_ALREADY_REGISTERED" });
  });

  it("signs in with a passkey alone, which needs user verification", async () => {
    const person = await personWithKey(engine, { passkey: true });
    const options = await engine.twofold.passkeys.begin();
    expect(options.userVerification).toBe("required");
    expect(options.allowCredentials).toEqual([]);
    const unverified = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
      userVerified: false,
    });
    expect(await engine.twofold.passkeys.finish(unverified, {}, TEST_META)).toMatchObject({
      ok: false,
      reason: "USER_NOT_VERIFIED",
    });

    const fresh = await engine.twofold.passkeys.begin();
    const response = person.key.authenticate({
      challenge: fresh.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const done = must(
      await engine.twofold.passkeys.finish(response, { remember: true }, TEST_META),
    );
    expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({
      state: "active",
      accountId: person.accountId,
      persistent: true,
    });
  });

  it("does not let a key registered without passkey sign in without a password", async () => {
    const person = await personWithKey(engine);
    const options = await engine.twofold.passkeys.begin();
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    expect(await engine.twofold.passkeys.finish(response, {}, TEST_META)).toEqual({
      ok: false,
      reason: "CREDENTIAL_NOT_FOUND",
    });
  });

  it("stops a removed key at once", async () => {
    const person = await personWithKey(engine, { passkey: true });
    const before = await engine.twofold.passkeys.begin();
    const works = person.key.authenticate({
      challenge: before.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    must(await engine.twofold.passkeys.finish(works, {}, TEST_META));
    must(
      await engine.twofold.twoFactor.removeFactor(
        person.accountId,
        { kind: "webauthn", factorId: person.factorId },
        TEST_META,
      ),
    );
    const options = await engine.twofold.passkeys.begin();
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    expect(await engine.twofold.passkeys.finish(response, {}, TEST_META)).toEqual({
      ok: false,
      reason: "CREDENTIAL_NOT_FOUND",
    });
  });
});
