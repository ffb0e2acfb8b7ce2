import { personWithTOTP, useTestEngine } from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { createClient, reasonFrom } from "../../test/clients";
import { signedUpBrowser } from "../../test/sign-up";

describe.each(databaseKinds())("the backupCodes router on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("counts the codes left and regenerates a new set of 10", async () => {
    const person = await personWithTOTP(engine);
    const browser = createClient(engine.twofold, "bearer", person.session.token);
    expect(await browser.caller.backupCodes.status()).toEqual({ remaining: 10 });
    const { codes } = await browser.caller.backupCodes.regenerate();
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(person.backupCodes[0]);
  });

  it("refuses to regenerate codes while two-step is off (TWO_FACTOR_NOT_ENABLED)", async () => {
    const browser = await signedUpBrowser(engine);
    expect(await reasonFrom(browser.caller.backupCodes.regenerate())).toBe(
      "TWO_FACTOR_NOT_ENABLED",
    );
  });
});
