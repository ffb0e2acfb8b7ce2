// Threat: a forged, replayed or misdirected security-key answer signs someone in.
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { createSoftAuthenticator, databaseKinds, type AuthenticateOptions } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  PAST_ANY_DELAY_MS,
  pendingSignIn,
  TEST_META,
  useTestEngine,
  type TestEngine,
} from "../../test/engine";
import { ORIGIN, personWithKey, RP_ID, type PersonWithKey } from "../../test/webauthn-keys";

/** A pending sign-in of a person with a key, the challenge it was given, and a way to answer. */
async function signInWithKey(engine: TestEngine, person: PersonWithKey) {
  const pending = await pendingSignIn(engine, person.email);
  const options = await engine.twofold.secondFactor.beginWebAuthn(pending.session);
  const answer = (
    tamper: Partial<AuthenticateOptions> = {},
    key = person.key,
  ): AuthenticationResponseJSON =>
    key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
      ...tamper,
    });
  const submit = (response: AuthenticationResponseJSON) =>
    engine.twofold.secondFactor.verifyWebAuthn(pending.session, response, TEST_META);
  return { pending, options, answer, submit };
}

describe.each(databaseKinds())("tampered security-key answers on %s", (kind) => {
  const engine = useTestEngine(kind);

  it.each([
    ["another origin", { origin: "https://evil.example" }, "ORIGIN_NOT_ALLOWED"],
    ["another RP ID's hash", { rpIdHashOf: "evil.example" }, "RP_ID_MISMATCH"],
    ["a registration ceremony", { type: "webauthn.create" }, "WRONG_CEREMONY"],
    ["no user presence (UP=0)", { userPresent: false }, "USER_NOT_PRESENT"],
    [
      "an unknown challenge",
      { challenge: Buffer.alloc(32, 7).toString("base64url") },
      "CHALLENGE_NOT_FOUND",
    ],
  ] as const)("refuses %s with its own reason", async (_name, tamper, reason) => {
    const person = await personWithKey(engine);
    const s = await signInWithKey(engine, person);
    expect(await s.submit(s.answer(tamper))).toEqual({ ok: false, reason });
    expect(await engine.twofold.sessions.resolve(s.pending.token)).toMatchObject({
      state: "pending_second_factor",
    });
  });

  it("refuses a challenge answered twice (the first answer consumed it)", async () => {
    const person = await personWithKey(engine);
    const s = await signInWithKey(engine, person);
    const first = s.answer({ origin: "https://evil.example" });
    expect(await s.submit(first)).toMatchObject({ ok: false, reason: "ORIGIN_NOT_ALLOWED" });
    // The wrong-origin answer did not consume it: origin is checked before the challenge.
    expect((await s.submit(s.answer())).ok).toBe(true);
    const again = await pendingSignIn(engine, person.email);
    const replay = await engine.twofold.secondFactor.verifyWebAuthn(
      again.session,
      s.answer(),
      TEST_META,
    );
    expect(replay).toEqual({ ok: false, reason: "CHALLENGE_NOT_FOUND" });
  });

  it("refuses an expired challenge (5 minutes)", async () => {
    const person = await personWithKey(engine);
    const s = await signInWithKey(engine, person);
    engine.clock.advanceSeconds(5 * 60 + 1);
    expect(await s.submit(s.answer())).toEqual({ ok: false, reason: "CHALLENGE_EXPIRED" });
  });

  it("refuses a counter that goes back, and logs a possible clone", async () => {
    const person = await personWithKey(engine);
    const first = await signInWithKey(engine, person);
    expect((await first.submit(first.answer({ counter: 5 }))).ok).toBe(true);
    const second = await signInWithKey(engine, person);
    expect(await second.submit(second.answer({ counter: 5 }))).toEqual({
      ok: false,
      reason: "SIGN_COUNT_REGRESSION",
    });
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.map((e) => e.type)).toContain("cloned_key_suspected");
  });

  it("refuses another account's key", async () => {
    const person = await personWithKey(engine);
    const other = await personWithKey(engine);
    const s = await signInWithKey(engine, person);
    expect(await s.submit(s.answer({}, other.key))).toEqual({
      ok: false,
      reason: "CREDENTIAL_NOT_FOUND",
    });
  });

  it("refuses a signature by another key under this key's id", async () => {
    const person = await personWithKey(engine);
    const s = await signInWithKey(engine, person);
    const forger = createSoftAuthenticator();
    const forged = s.answer({}, forger);
    forged.id = person.key.credentialId;
    forged.rawId = person.key.credentialId;
    expect(await s.submit(forged)).toEqual({ ok: false, reason: "INVALID_WEBAUTHN_RESPONSE" });
  });
});

describe.each(databaseKinds())("forged passkey answers on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("lock passkey sign-in only: the key still finishes a sign-in after the password", async () => {
    const person = await personWithKey(engine, { passkey: true });
    const forger = createSoftAuthenticator();
    // Someone who knows only the credential id signs answers with another key.
    for (let i = 0; i < 12; i += 1) {
      engine.clock.advance(PAST_ANY_DELAY_MS);
      const options = await engine.twofold.passkeys.begin();
      const forged = forger.authenticate({
        challenge: options.challenge,
        origin: ORIGIN,
        rpId: RP_ID,
      });
      forged.id = person.key.credentialId;
      forged.rawId = person.key.credentialId;
      forged.response.userHandle = person.key.userHandle ?? undefined;
      expect((await engine.twofold.passkeys.finish(forged, {}, TEST_META)).ok).toBe(false);
    }
    const options = await engine.twofold.passkeys.begin();
    const real = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    expect(await engine.twofold.passkeys.finish(real, {}, TEST_META)).toMatchObject({
      ok: false,
      reason: "RATE_LIMITED",
    });
    // The owner signs in with the password and the same key as the second step.
    const s = await signInWithKey(engine, person);
    expect((await s.submit(s.answer())).ok).toBe(true);
  });
});
