// Threat: a mail server that is down leaves a recovery address waiting for a code nobody received, or fails the request with a 500.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { TEST_META, uniqueEmail, useTestEngine } from "../../test/engine";
import { recoveryPerson } from "../../test/recovery";
import { MailSendError, type Mailer } from "../notifications/mailer";

let mailUp = true;
/** Up while the person signs up (the address is confirmed by mail), then down. */
const down: Mailer = {
  name: "down",
  send: () => (mailUp ? Promise.resolve() : Promise.reject(new MailSendError("down", "421"))),
};

describe.each(databaseKinds())("a recovery address while mail is down on %s", (kind) => {
  const engine = useTestEngine(kind, undefined, () => ({ mailer: down }));

  it("answers SERVICE_UNAVAILABLE and nothing waits for a code", async () => {
    const person = await recoveryPerson(engine);
    mailUp = false;
    const contacts = engine.twofold.recoveryContacts;
    const address = uniqueEmail("unreached");
    expect(await contacts.setAddress(person.accountId, { email: address }, TEST_META)).toEqual({
      ok: false,
      reason: "SERVICE_UNAVAILABLE",
    });
    expect(await contacts.view(person.accountId)).toEqual({
      address: null,
      pendingAddress: null,
      phone: null,
      pendingPhone: null,
    });
    expect(await contacts.confirmAddress(person.accountId, { code: "123456" }, TEST_META)).toEqual({
      ok: false,
      reason: "NO_CODE_SENT",
    });
  });
});
