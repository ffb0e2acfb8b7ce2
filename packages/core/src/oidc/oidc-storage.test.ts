import { databaseKinds, dumpAllTables } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, TEST_PASSWORD, uniqueEmail, useTestEngine } from "../../test/engine";
import { signedUpPerson } from "../../test/sign-up";
import { KEY_ROTATION_MS } from "./keys";

describe.each(databaseKinds())("the OpenID Connect provider's storage on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** A person signed in twice (two browsers), an app's grant given through the first session. */
  async function appSignedIn() {
    const email = uniqueEmail("oidc");
    const first = await signedUpPerson(engine, { email, password: TEST_PASSWORD });
    const second = must(
      await engine.twofold.accounts.signIn({ email, password: TEST_PASSWORD }, TEST_META),
    );
    if (second.status !== "authenticated") throw new Error(`signed in: ${second.status}`);
    const grantId = `grant-${email}`;
    await engine.twofold.oidc.recordAppSignIn({
      accountId: first.session.accountId,
      sessionId: first.session.id,
      clientId: "webmail",
      appName: "Webmail",
      grantId,
      meta: TEST_META,
    });
    const token = `access-token-of-${email}`;
    await engine.twofold.oidc.upsert({
      model: "AccessToken",
      id: token,
      payload: {
        jti: token,
        grantId,
        accountId: first.session.accountId,
        clientId: "webmail",
        nonce: `nonce-of-${email}`,
      },
      expiresIn: 600,
    });
    return { first, second, grantId, token, nonce: `nonce-of-${email}` };
  }

  it("keeps a token under a keyed hash, its payload sealed: a dump shows neither", async () => {
    const { token, grantId, nonce } = await appSignedIn();
    expect(await engine.twofold.oidc.find("AccessToken", token)).toMatchObject({ grantId });
    const dump = await dumpAllTables(engine.database);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(nonce);
  });

  it("finds an app's token only while the Twofold session that gave it is active", async () => {
    const { first, second, token } = await appSignedIn();
    expect(await engine.twofold.oidc.find("AccessToken", token)).toBeDefined();
    const before = await engine.twofold.oidc.dueLogouts();
    expect(before.some((d) => d.accountId === first.session.accountId)).toBe(false);
    // "Sign out everywhere else" from the second browser ends the first session.
    await engine.twofold.sessions.endOthers(second.session, TEST_META);
    expect(await engine.twofold.oidc.find("AccessToken", token)).toBeUndefined();
    const due = await engine.twofold.oidc.dueLogouts();
    const ours = due.find(
      (d) => d.clientId === "webmail" && d.accountId === first.session.accountId,
    );
    expect(ours).toBeDefined();
    if (!ours) return;
    await engine.twofold.oidc.logoutDone({ id: ours.id, sent: true });
    expect((await engine.twofold.oidc.dueLogouts()).some((d) => d.id === ours.id)).toBe(false);
  });

  it("consumes a code once: of 8 concurrent consumes exactly one spends it", async () => {
    const { grantId } = await appSignedIn();
    const code = `code-${grantId}`;
    await engine.twofold.oidc.upsert({
      model: "AuthorizationCode",
      id: code,
      payload: { jti: code, grantId },
      expiresIn: 60,
    });
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => engine.twofold.oidc.consume("AuthorizationCode", code)),
    );
    expect(outcomes.filter((o) => o.spent)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.spent)).toEqual(
      Array.from({ length: 7 }, () => ({ spent: false, grantId })),
    );
    expect(await engine.twofold.oidc.find("AuthorizationCode", code)).toHaveProperty("consumed");
  });

  it("makes one signing key per 90 days, the same for servers starting together, and keeps the previous", async () => {
    const [a, b] = await Promise.all([
      engine.twofold.oidc.signingKeys(),
      engine.twofold.oidc.signingKeys(),
    ]);
    expect(a?.map((k) => k.kid)).toEqual(b?.map((k) => k.kid));
    const current = a?.[0]?.kid;
    const next = a?.find((k) => k.kid !== current)?.kid;
    engine.clock.advance(KEY_ROTATION_MS);
    const later = await engine.twofold.oidc.signingKeys();
    // The key published ahead now signs; the one before stays published.
    expect(later[0]?.kid).toBe(next);
    expect(later.map((k) => k.kid)).toContain(current);
    expect(later[0]).toHaveProperty("d"); // a private key, opened from its sealed form
    expect(await dumpAllTables(engine.database)).not.toContain(String(later[0]?.d));
  });

  it("a new password signs every app out, the one of the session that changed it too", async () => {
    const { first, token } = await appSignedIn();
    must(
      await engine.twofold.accounts.changePassword(first.session, `${TEST_PASSWORD} 2`, TEST_META),
    );
    expect(await engine.twofold.oidc.find("AccessToken", token)).toBeUndefined();
    const due = await engine.twofold.oidc.dueLogouts();
    expect(due.some((d) => d.accountId === first.session.accountId)).toBe(true);
  });
});
