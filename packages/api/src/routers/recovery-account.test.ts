import {
  must,
  personWithDevice,
  personWithTOTP,
  TEST_META,
  TEST_PASSWORD,
  useTestEngine,
} from "@twofold/core/testing";
import { recoveryCancelPayload, recoveryStatusPayload } from "@twofold/push-protocol";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { personSignedInWithTOTP, signInWithTOTP } from "../../test/sign-in";

const HOUR = 3_600_000;
const NEW_PASSWORD = "a brand new passphrase for the account";

describe.each(databaseKinds())("the recovery router (account recovery) on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("tells anyone, signed in or not, how long a recovery waits: 72 hours by default", async () => {
    const stranger = createClient(engine.twofold, "cookie");
    expect(await stranger.caller.recovery.waitPeriod()).toEqual({ hours: 72 });
  });

  it("starts from a browser that signed in before; any other session sees it and cancels it in one step", async () => {
    const { person, client: laptop } = await personSignedInWithTOTP(engine, "cookie");
    expect(laptop.recentBrowser).not.toBeNull();
    // The phone is lost; the laptop's session ended. Its browser still proves the account.
    await laptop.caller.auth.signOut();
    const started = await laptop.caller.recovery.start({
      email: person.email,
      password: TEST_PASSWORD,
      proof: { kind: "browser" },
    });
    expect(Date.parse(started.endsAt) - Date.parse(started.startedAt)).toBe(72 * HOUR);
    const owner = createClient(engine.twofold, "bearer", person.session.token);
    expect(await owner.caller.recovery.status()).toEqual({ pending: true, ...started });
    expect(await owner.caller.recovery.cancel()).toEqual({ cancelled: true });
    expect(await owner.caller.recovery.status()).toEqual({ pending: false });
    expect(await reasonFrom(owner.caller.recovery.cancel())).toBe("RECOVERY_NOT_PENDING");
  });

  it("after 'sign out everywhere else', only the browser that asked still proves the account", async () => {
    const { person, client: laptop } = await personSignedInWithTOTP(engine, "cookie");
    const { client: cafe } = await signInWithTOTP(engine, person, "cookie");
    expect(cafe.recentBrowser).not.toBeNull();
    engine.clock.advanceSeconds(30);
    // The cafe's session and the one the person was made with.
    expect(await laptop.caller.sessions.revokeOthers()).toEqual({ ended: 2 });
    const claim = {
      email: person.email,
      password: TEST_PASSWORD,
      proof: { kind: "browser" as const },
    };
    expect(await reasonFrom(cafe.caller.recovery.start(claim))).toBe("RECOVERY_PROOF_INVALID");
    await laptop.caller.auth.signOut();
    const started = await laptop.caller.recovery.start(claim);
    expect(started.endsAt > started.startedAt).toBe(true);
  });

  it("refuses a browser that never signed in to the account, and a missing proof", async () => {
    const { person } = await personSignedInWithTOTP(engine, "bearer");
    const stranger = createClient(engine.twofold, "cookie");
    const claim = { email: person.email, password: TEST_PASSWORD };
    expect(
      await reasonFrom(stranger.caller.recovery.start({ ...claim, proof: { kind: "browser" } })),
    ).toBe("RECOVERY_PROOF_INVALID");
    expect(await reasonFrom(stranger.caller.recovery.start(claim))).toBe("RECOVERY_PROOF_MISSING");
    expect(await stranger.caller.recovery.requestLink({ email: person.email })).toEqual({});
  });

  it("completes only after the wait, signs the person in with two-step off", async () => {
    const { person, client } = await personSignedInWithTOTP(engine, "cookie");
    const { password: appPassword } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    const stranger = createClient(engine.twofold, "cookie");
    const claim = {
      email: person.email,
      password: TEST_PASSWORD,
      proof: { kind: "app_password" as const, appPassword },
    };
    const started = await stranger.caller.recovery.start(claim);
    expect(
      await reasonFrom(stranger.caller.recovery.complete({ ...claim, newPassword: NEW_PASSWORD })),
    ).toBe("RECOVERY_WAITING");
    engine.clock.set(Date.parse(started.endsAt));
    expect(
      await stranger.caller.recovery.complete({ ...claim, newPassword: NEW_PASSWORD }),
    ).toEqual({
      status: "authenticated",
      twoFactorEnabled: false,
    });
    expect((await stranger.caller.twoFactor.status()).enabled).toBe(false);
    // The sessions from before are over.
    expect(await reasonFrom(client.caller.auth.me())).toBe("UNAUTHENTICATED");
  });

  it("shows the pending recovery on the account's authenticator device, which cancels it", async () => {
    const person = await personWithDevice(engine);
    const { password: appPassword } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    const stranger = createClient(engine.twofold, "cookie");
    const started = await stranger.caller.recovery.start({
      email: person.email,
      password: TEST_PASSWORD,
      proof: { kind: "app_password", appPassword },
    });
    const { deviceId } = person.device;
    const at = engine.clock.now().toISOString();
    const signature = await person.device.sign(recoveryStatusPayload(deviceId, at));
    expect(await stranger.caller.recovery.deviceStatus({ deviceId, at, signature })).toEqual({
      pending: true,
      ...started,
    });
    // A status signature does not cancel.
    expect(
      await reasonFrom(stranger.caller.recovery.deviceCancel({ deviceId, at, signature })),
    ).toBe("INVALID_SIGNATURE");
    const cancel = await person.device.sign(recoveryCancelPayload(deviceId, at));
    expect(
      await stranger.caller.recovery.deviceCancel({ deviceId, at, signature: cancel }),
    ).toEqual({ cancelled: true });
    expect(await engine.twofold.recovery.status(person.accountId)).toEqual({ pending: false });
  });
});

describe.each(databaseKinds())("a server whose recovery waits 90 minutes, on %s", (kind) => {
  const engine = useTestEngine(kind, {
    recovery: { waitMs: 90 * 60_000, reminderBeforeMs: 30 * 60_000 },
  });

  it("says 1.5 hours, exactly the wait a recovery it starts then has", async () => {
    const stranger = createClient(engine.twofold, "cookie");
    expect(await stranger.caller.recovery.waitPeriod()).toEqual({ hours: 1.5 });
    const person = await personWithTOTP(engine);
    const { password: appPassword } = must(
      await engine.twofold.appPasswords.create(
        person.accountId,
        { name: "Mail", scopes: ["mail"] },
        TEST_META,
      ),
    );
    const started = await stranger.caller.recovery.start({
      email: person.email,
      password: TEST_PASSWORD,
      proof: { kind: "app_password", appPassword },
    });
    expect(Date.parse(started.endsAt) - Date.parse(started.startedAt)).toBe(1.5 * HOUR);
  });
});
