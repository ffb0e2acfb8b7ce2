import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { databaseKinds, rfc6238Code } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import {
  GENEROUS_SMS_LIMITS,
  must,
  personWithDevice,
  personWithPhone,
  senderFor,
  TEST_META,
  useSmsProvider,
  useTestEngine,
} from "../../test";
import { resetTokenMailedTo } from "../../test/reset";
import { outboxMailer } from "../notifications/outbox-mailer";
import type { IssuedSession } from "../sessions/sessions";
import { ORIGIN, personWithKey, RP_ID } from "../../test/webauthn-keys";

const NEW_PASSWORD = "a brand new passphrase, long enough";

/** Each kind of second factor passes a reset's second step, as it passes a sign-in's. */
describe.each(databaseKinds())("a reset's second step with each factor on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-factors-")), "mail.jsonl");
  const provider = useSmsProvider();
  const engine = useTestEngine(kind, GENEROUS_SMS_LIMITS, () => ({
    mailer: outboxMailer(outbox),
    sms: senderFor(provider),
  }));

  /** Asks for a link and follows it: the reset's session, waiting for its factor. */
  async function begin(email: string): Promise<{ token: string; pending: IssuedSession }> {
    await must(await engine.twofold.passwordReset.request({ email }, TEST_META)).sent;
    const token = await resetTokenMailedTo(engine, outbox, email);
    const begun = must(await engine.twofold.passwordReset.begin({ token }, TEST_META));
    if (begun.status !== "second_factor_required") throw new Error("expected the second step");
    return { token, pending: begun };
  }

  /** Completes with the session a factor activated; the reset's refusals otherwise. */
  async function complete(token: string, passed: IssuedSession) {
    const session = await engine.twofold.sessions.resolve(passed.token);
    return engine.twofold.passwordReset.complete(
      { token, password: NEW_PASSWORD, session },
      TEST_META,
    );
  }

  it("takes a push approved on the device with the number shown", async () => {
    const person = await personWithDevice(engine);
    const { token, pending } = await begin(person.email);
    const push = must(await engine.twofold.push.start(pending.session, TEST_META));
    must(await person.device.respond(engine, push.requestId, "approve", push.number));
    const passed = must(
      await engine.twofold.push.finish(pending.session, push.requestId, TEST_META),
    );
    expect((await complete(token, passed)).ok).toBe(true);
  });

  it("takes the device's offline code", async () => {
    const person = await personWithDevice(engine);
    const { token, pending } = await begin(person.email);
    const code = rfc6238Code(person.offlineSecret, engine.clock.now());
    const passed = must(
      await engine.twofold.push.verifyOfflineCode(pending.session, code, TEST_META),
    );
    expect((await complete(token, passed)).ok).toBe(true);
  });

  it("takes a code sent by SMS", async () => {
    const person = await personWithPhone(engine, provider);
    const { token, pending } = await begin(person.email);
    must(await engine.twofold.sms.sendSignInCode(pending.session, undefined, TEST_META));
    const passed = must(
      await engine.twofold.sms.verifySignIn(
        pending.session,
        provider.lastCode(person.phone),
        TEST_META,
      ),
    );
    expect((await complete(token, passed)).ok).toBe(true);
  });

  it("takes a security key", async () => {
    const person = await personWithKey(engine);
    const { token, pending } = await begin(person.email);
    const options = await engine.twofold.secondFactor.beginWebAuthn(pending.session);
    const response = person.key.authenticate({
      challenge: options.challenge,
      origin: ORIGIN,
      rpId: RP_ID,
    });
    const passed = must(
      await engine.twofold.secondFactor.verifyWebAuthn(pending.session, response, TEST_META),
    );
    expect((await complete(token, passed)).ok).toBe(true);
  });
});
