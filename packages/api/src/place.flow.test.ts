import { personWithDevice, TEST_META, useTestEngine } from "@twofold/core/testing";
import { pollPayload } from "@twofold/push-protocol";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient } from "../test/clients";

/** The server's IP-location database, as a table: the tests' one address is in Zurich. */
const geo = { locate: (ip: string) => (ip === TEST_META.ip ? "Zurich, CH" : null) };

describe.each(databaseKinds())("the place of a sign-in through the API, on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ geo }));

  it("reaches the login page, the device (signed), the sessions list and the security log", async () => {
    const person = await personWithDevice(engine);
    const browser = await bearerSignIn(engine.twofold, person.email);
    const push = await browser.caller.auth.startPush();
    expect(push.place).toBe("Zurich, CH");

    const device = createClient(engine.twofold, "bearer");
    const at = engine.clock.now().toISOString();
    const { requests } = await device.caller.device.pending({
      deviceId: person.device.deviceId,
      at,
      signature: await person.device.sign(pollPayload(person.device.deviceId, at)),
    });
    expect(requests).toEqual([
      expect.objectContaining({ requestId: push.requestId, place: "Zurich, CH" }),
    ]);

    const owner = createClient(engine.twofold, "bearer", person.session.token);
    const sessions = await owner.caller.sessions.list();
    expect(sessions.find((s) => s.current)?.place).toBe("Zurich, CH");
    const log = await owner.caller.securityLog.list();
    expect(log.events.map((e) => e.place)).toContain("Zurich, CH");
    expect(log.events.every((e) => e.place === "Zurich, CH")).toBe(true);
  });
});
