import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, useTestEngine, type TestEngine } from "../../test/engine";
import { addDevice, personWithDevice, type SoftDevice } from "../../test/devices";
import { subscribePayload } from "@twofold/push-protocol";

const subscription = (n: number) => ({
  endpoint: `https://push.example.org/send/${n}`,
  keys: { p256dh: "BOr0Jd2-key", auth: `auth${n}` },
});

async function subscribe(engine: TestEngine, device: SoftDevice, n: number) {
  const at = engine.clock.now().toISOString();
  const s = subscription(n);
  return engine.twofold.push.subscribe({
    deviceId: device.deviceId,
    at,
    signature: await device.sign(subscribePayload(device.deviceId, s.endpoint, at)),
    subscription: s,
  });
}

describe.each(databaseKinds())("devices and their Web Push subscriptions, on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("a new subscription of a device replaces its previous one", async () => {
    const person = await personWithDevice(engine);
    must(await subscribe(engine, person.device, 1));
    must(await subscribe(engine, person.device, 2));
    expect(await engine.twofold.push.webPushSubscriptions([person.device.deviceId])).toEqual([
      subscription(2),
    ]);
  });

  it("a device removes itself: factor, subscription and key gone, logged, the others stay", async () => {
    const person = await personWithDevice(engine);
    const phone = await addDevice(engine, person.accountId, "Phone");
    must(await subscribe(engine, phone, 3));
    expect(
      must(await engine.twofold.push.removeDevice(await phone.signedRemove(engine), TEST_META)),
    ).toEqual({
      removed: true,
      twoFactorEnabled: true,
    });
    expect(await engine.twofold.push.webPushSubscriptions([phone.deviceId])).toEqual([]);
    const status = await engine.twofold.twoFactor.status(person.accountId);
    expect(status.factors.map((f) => f.label)).toEqual(["Terminal"]);
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events[0]).toMatchObject({
      type: "factor_removed",
      detail: { kind: "push", label: "Phone", by: "device" },
    });
    // Its key no longer speaks for anything: asking again, or asking for requests, is refused.
    expect(
      await engine.twofold.push.removeDevice(await phone.signedRemove(engine), TEST_META),
    ).toEqual({ ok: false, reason: "DEVICE_NOT_FOUND" });
    await expect(phone.poll(engine)).rejects.toThrow("DEVICE_NOT_FOUND");
  });

  it("removing a device from the settings deletes its subscription too", async () => {
    const person = await personWithDevice(engine);
    const phone = await addDevice(engine, person.accountId, "Phone");
    must(await subscribe(engine, phone, 4));
    must(
      await engine.twofold.twoFactor.removeFactor(
        person.accountId,
        { kind: "push", factorId: phone.deviceId },
        TEST_META,
      ),
    );
    expect(await engine.twofold.push.webPushSubscriptions([phone.deviceId])).toEqual([]);
  });

  it("the last device removing itself turns two-step off, as in the settings", async () => {
    const person = await personWithDevice(engine);
    expect(
      must(
        await engine.twofold.push.removeDevice(await person.device.signedRemove(engine), TEST_META),
      ),
    ).toEqual({ removed: true, twoFactorEnabled: false });
    expect((await engine.twofold.twoFactor.status(person.accountId)).enabled).toBe(false);
  });

  it("a removal signed for another time, or by another key, is refused", async () => {
    const person = await personWithDevice(engine);
    const signed = await person.device.signedRemove(engine);
    engine.clock.advanceSeconds(61);
    expect(await engine.twofold.push.removeDevice(signed, TEST_META)).toEqual({
      ok: false,
      reason: "INVALID_SIGNATURE",
    });
    const stranger = await personWithDevice(engine);
    const theirs = await stranger.device.signedRemove(engine);
    expect(
      await engine.twofold.push.removeDevice(
        { ...theirs, deviceId: person.device.deviceId },
        TEST_META,
      ),
    ).toEqual({ ok: false, reason: "INVALID_SIGNATURE" });
  });

  it("of concurrent removals of one device exactly one removes it and logs it", async () => {
    const person = await personWithDevice(engine);
    const phone = await addDevice(engine, person.accountId, "Phone");
    const signed = await phone.signedRemove(engine);
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => engine.twofold.push.removeDevice(signed, TEST_META)),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.reason)).toEqual(
      Array.from({ length: 4 }, () => "DEVICE_NOT_FOUND"),
    );
    const log = await engine.twofold.securityLog.list(person.accountId);
    expect(log.events.filter((e) => e.type === "factor_removed")).toHaveLength(1);
  });
});
