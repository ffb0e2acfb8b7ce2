// Threat: an SMS provider that is down or hangs stalls a sign-in, leaves usable a code it never delivered, or is pumped past the send limits while slow.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { must, pendingSignIn, TEST_META, useTestEngine } from "../../test/engine";
import { personWithPhone, useSmsProvider } from "../../test/phones";
import { twilioSender } from "./senders/twilio";

const limits = { ...DEFAULT_CONFIG.sms.limits, perNumber: 2, perIp: 1000 };

describe.each(databaseKinds())("an SMS provider down or hanging, on %s", (kind) => {
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, { sms: { ...DEFAULT_CONFIG.sms, limits } }, () => ({
    // Each send is bounded: 2 s here (10 s shipped).
    sms: twilioSender({
      ...provider.twilio,
      from: "Twofold",
      baseUrl: provider.url,
      timeoutMs: 2000,
    }),
  }));
  const requests = (phone: string) => provider.received.filter((m) => m.to === phone).length;
  /** A person with a number, signed in with the password: the sign-in waits for an SMS code. */
  const signingIn = async () => {
    const person = await personWithPhone(engine, provider);
    const pending = await pendingSignIn(engine, person.email);
    return {
      phone: person.phone,
      send: () => engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META),
      verify: (code: string) => engine.twofold.sms.verifySignIn(pending.session, code, TEST_META),
    };
  };
  const FAILED = { ok: false, reason: "SMS_SEND_FAILED" };

  it(
    "hanging: the sign-in is told SMS_SEND_FAILED within the bound, no code works, and it works when the provider answers again",
    { timeout: 10_000 },
    async () => {
      const person = await signingIn();
      provider.hangNext(1);
      expect(await person.send()).toEqual(FAILED);
      expect(await person.verify("123456")).toMatchObject({ ok: false, reason: "NO_CODE_SENT" });
      must(await person.send());
      must(await person.verify(provider.lastCode(person.phone)));
    },
  );

  it(
    "hanging: a send that timed out still counts against the limits (it may have gone out)",
    { timeout: 10_000 },
    async () => {
      const person = await signingIn();
      const before = requests(person.phone);
      provider.hangNext(limits.perNumber);
      for (let i = 0; i < limits.perNumber; i += 1) expect(await person.send()).toEqual(FAILED);
      expect(await person.send()).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
      expect(requests(person.phone)).toBe(before);
    },
  );

  it("down or refusing: nothing was sent, so nothing is counted; it works when the provider is back", async () => {
    const person = await signingIn();
    await provider.stop();
    expect(await person.send()).toEqual(FAILED);
    await provider.start();
    provider.failNext(1, 503);
    expect(await person.send()).toEqual(FAILED);
    for (let i = 0; i < limits.perNumber; i += 1) must(await person.send());
    must(await person.verify(provider.lastCode(person.phone)));
  });
});
