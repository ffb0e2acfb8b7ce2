import { databaseKinds, rfc6238Code } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { personWithDevice } from "../../test/devices";

describe.each(databaseKinds())("a device's offline code on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("signs in when the push cannot arrive, and works once", async () => {
    const person = await personWithDevice(engine);
    const code = rfc6238Code(person.offlineSecret, engine.clock.now());
    const first = await pendingSignIn(engine, person.email);
    const done = must(await engine.twofold.push.verifyOfflineCode(first.session, code, TEST_META));
    expect(await engine.twofold.sessions.resolve(done.token)).toMatchObject({ state: "active" });

    const second = await pendingSignIn(engine, person.email);
    expect(await engine.twofold.push.verifyOfflineCode(second.session, code, TEST_META)).toEqual({
      ok: false,
      reason: "CODE_ALREADY_USED",
    });
    expect(
      await engine.twofold.push.verifyOfflineCode(second.session, "000000", TEST_META),
    ).toMatchObject({
      ok: false,
    });
  });
});
