// Threat: one code sent to a recovery contact confirms it twice (two changes, two log entries) when confirmations race.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, uniqueEmail } from "../../test/engine";
import { uniqueMobile } from "../../test/phones";
import { recoveryPerson, useRecoveryWorld } from "../../test/recovery";

describe.each(databaseKinds())("recovery contact codes under concurrency on %s", (kind) => {
  const { engine, provider, mailedCode } = useRecoveryWorld(kind);
  const contacts = () => engine.twofold.recoveryContacts;
  const logged = async (accountId: string, type: string) =>
    (await engine.twofold.securityLog.list(accountId)).events.filter((e) => e.type === type);

  it("an address code confirms once, whatever the number of parallel tries", async () => {
    const person = await recoveryPerson(engine);
    const address = uniqueEmail("race");
    must(await contacts().setAddress(person.accountId, { email: address }, TEST_META));
    const code = await mailedCode(address);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        contacts().confirmAddress(person.accountId, { code }, TEST_META),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await logged(person.accountId, "recovery_address_set")).toHaveLength(1);
  });

  it("an SMS code confirms the recovery mobile once", async () => {
    const person = await recoveryPerson(engine);
    const phone = uniqueMobile();
    must(await contacts().setPhone(person.accountId, { phone }, TEST_META));
    const code = provider.lastCode(phone);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        contacts().confirmPhone(person.accountId, { code }, TEST_META),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await logged(person.accountId, "recovery_phone_set")).toHaveLength(1);
  });
});
