import {
  GENEROUS_SMS_LIMITS,
  personWithPhone,
  senderFor,
  useSmsProvider,
  useTestEngine,
} from "@twofold/core/testing";
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { bearerSignIn, reasonFrom } from "../../test/clients";

describe.each(databaseKinds())("auth.sendSMSCode and auth.verifySMSCode on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({ sms: senderFor(provider) }));

  it("sends a code to the account's number and finishes the sign-in with it", async () => {
    const person = await personWithPhone(engine, provider);
    const tui = await bearerSignIn(engine.twofold, person.email);
    const sent = await tui.caller.auth.sendSMSCode();
    expect(sent).toMatchObject({ phoneId: person.factorId, others: [] });
    const done = await tui.caller.auth.verifySMSCode({ code: provider.lastCode(person.phone) });
    expect(done).toEqual({ status: "authenticated", token: done.token });
    expect(done.token).toEqual(expect.any(String));
  });

  it("refuses a code when none was sent for this sign-in (NO_CODE_SENT)", async () => {
    const person = await personWithPhone(engine, provider);
    const tui = await bearerSignIn(engine.twofold, person.email);
    expect(await reasonFrom(tui.caller.auth.verifySMSCode({ code: "123456" }))).toBe(
      "NO_CODE_SENT",
    );
  });
});
