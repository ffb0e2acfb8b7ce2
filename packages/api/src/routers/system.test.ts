import { useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient } from "../../test/clients";

describe.each(databaseKinds())("the system router on %s", (kind) => {
  const engine = useTestEngine(kind);

  // ping takes no input and needs no session: there is nothing it can refuse.
  it("answers a ping without a session", async () => {
    const nobody = createClient(engine.twofold, "cookie");
    expect(await nobody.caller.system.ping()).toEqual({ status: "ok" });
  });
});
