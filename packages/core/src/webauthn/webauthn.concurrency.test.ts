// Threat: one security-key answer sent in parallel opens more than one session.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { ORIGIN, personWithKey, RP_ID } from "../../test/webauthn-keys";

const PARALLEL = 8;

describe.each(databaseKinds())("security-key answers under concurrency on %s", (kind) => {
  const engine = useTestEngine(kind);

  it(`lets one of ${PARALLEL} copies of a second-factor answer through: the challenge is consumed once`, async () => {
    const person = await personWithKey(engine);
    const pending = await pendingSignIn(engine, person.email);
    const options = await engine.twofold.secondFactor.beginWebAuthn(pending.session);
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.secondFactor.verifyWebAuthn(
          pending.session,
          structuredClone(response),
          TEST_META,
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.ok ? [] : [r.reason]));
    expect(
      reasons.filter((r) => r !== "CHALLENGE_NOT_FOUND" && r !== "NO_PENDING_SIGN_IN"),
    ).toEqual([]);
  });

  it(`opens one session of ${PARALLEL} copies of a passkey answer`, async () => {
    const person = await personWithKey(engine, { passkey: true });
    const options = await engine.twofold.passkeys.begin();
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        engine.twofold.passkeys.finish(structuredClone(response), {}, TEST_META),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.flatMap((r) => (r.ok ? [] : [r.reason]))).toEqual(
      Array(PARALLEL - 1).fill("CHALLENGE_NOT_FOUND"),
    );
  });
  it("gives a key's challenge to a session signed out in the same moment without failing, and it leads nowhere", async () => {
    const person = await personWithKey(engine);
    const pending = await pendingSignIn(engine, person.email);
    // A batch of requests: the sign-out ends the session while the challenge is being stored.
    await engine.twofold.sessions.end(pending.session, TEST_META);
    const options = await engine.twofold.secondFactor.beginWebAuthn(pending.session);
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const result = await engine.twofold.secondFactor.verifyWebAuthn(
      pending.session,
      response,
      TEST_META,
    );
    expect(result.ok).toBe(false);
  });
});
