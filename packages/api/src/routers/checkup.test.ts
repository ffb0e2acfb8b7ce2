import { personWithTOTP, signedUpPerson, uniqueEmail, useTestEngine } from "@twofold/core/testing";
import { databaseKinds, otpAppCode } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, createClient, keep, reasonFrom } from "../../test/clients";

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

describe.each(databaseKinds())("the checkup router on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** Signs in again (a month later the old session has long ended). */
  async function signedIn(person: { email: string; otpauthUri: string }) {
    const client = await bearerSignIn(engine.twofold, person.email);
    const code = otpAppCode(person.otpauthUri, engine.clock.now());
    keep(client, await client.caller.auth.verifyTOTP({ code }));
    return client;
  }

  it("lists what to do, then asks once after 30 days; the confirmation is logged", async () => {
    const person = await personWithTOTP(engine);
    const client = createClient(engine.twofold, "bearer", person.session.token);
    const first = await client.caller.checkup.status();
    const { twoStepSince, ...protections } = first.protections;
    expect(new Date(twoStepSince ?? "").getTime()).toBeLessThanOrEqual(
      engine.clock.now().getTime(),
    );
    expect({ ...first, protections }).toEqual({
      protections: {
        twoStepOn: true,
        methods: [{ kind: "totp", count: 1 }],
        backupCodesRemaining: 10,
        recoveryAddress: false,
        recoveryPhone: false,
      },
      findings: [{ kind: "only_one_method" }, { kind: "no_recovery_address" }],
      askMethodsCheck: false,
    });

    engine.clock.advance(THIRTY_DAYS_MS);
    const later = await signedIn(person);
    expect((await later.caller.checkup.status()).askMethodsCheck).toBe(true);
    expect(await later.caller.checkup.confirmMethods()).toEqual({ answer: "confirmed" });
    expect((await later.caller.checkup.status()).askMethodsCheck).toBe(false);
    expect(await later.caller.checkup.dismissMethodsCheck()).toEqual({ answer: "confirmed" });
    const { events } = await later.caller.securityLog.list({});
    expect(events.map((e) => e.type)).toContain("methods_confirmed");
  });

  it("refuses to confirm methods without two-step (TWO_FACTOR_NOT_ENABLED)", async () => {
    const session = await signedUpPerson(engine, { email: uniqueEmail() });
    const client = createClient(engine.twofold, "bearer", session.token);
    expect((await client.caller.checkup.status()).findings[0]).toEqual({ kind: "two_step_off" });
    expect(await reasonFrom(client.caller.checkup.confirmMethods())).toBe("TWO_FACTOR_NOT_ENABLED");
  });

  it("is closed to a client that is not signed in", async () => {
    const stranger = createClient(engine.twofold, "bearer");
    expect(await reasonFrom(stranger.caller.checkup.status())).toBe("UNAUTHENTICATED");
  });
});
