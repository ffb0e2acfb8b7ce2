// Threat: someone with write access to the database rewrites or removes security log entries to hide what happened.
import { databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestEngine } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";

describe.each(databaseKinds())("the security log's hash chain on %s", (kind) => {
  const engine = useTestEngine(kind);
  const db = () => engine.twofold.deps.db;

  /** A person with a few events, all sealed: the ids of their events, oldest first. */
  async function sealedHistory(): Promise<number[]> {
    const person = await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    return events.map((e) => e.id).reverse();
  }

  it("seals every event and proves the chain unbroken", async () => {
    const ids = await sealedHistory();
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const verdict = await engine.twofold.securityLog.verify();
    expect(verdict).toMatchObject({ ok: true, unsealed: 0 });
  });

  it("names the first altered entry when one is rewritten", async () => {
    const ids = await sealedHistory();
    const target = ids[1] ?? 0;
    await db().execute(sql`update security_events set ip = '10.6.6.6' where id = ${target}`);
    expect(await engine.twofold.securityLog.verify()).toMatchObject({
      ok: false,
      firstAlteredId: target,
      problem: "altered",
    });
    await db().execute(
      sql`update security_events set type = 'signed_out' where id = ${ids[0] ?? 0}`,
    );
    const verdict = await engine.twofold.securityLog.verify();
    expect(verdict).toMatchObject({ ok: false, firstAlteredId: ids[0], problem: "altered" });
    // Put back as they were: the chain holds again.
    await db().execute(
      sql`update security_events set type = 'account_created' where id = ${ids[0] ?? 0}`,
    );
    await db().execute(sql`update security_events set ip = '203.0.113.7' where id = ${target}`);
    expect(await engine.twofold.securityLog.verify()).toMatchObject({ ok: true });
  });

  it("notices a removed entry, in the middle or at the end", async () => {
    const ids = await sealedHistory();
    const middle = ids[1] ?? 0;
    await db().execute(sql`delete from security_events where id = ${middle}`);
    expect(await engine.twofold.securityLog.verify()).toMatchObject({
      ok: false,
      firstAlteredId: ids[2],
      problem: "missing",
    });
  });
});

describe.each(databaseKinds())("sealing on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("keeps one chain when several workers seal at once, and after events written meanwhile", async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => personWithTOTP(engine)));
    await Promise.all([
      engine.twofold.securityLog.process(),
      engine.twofold.securityLog.process(),
      engine.twofold.securityLog.process(),
    ]);
    await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    const verdict = await engine.twofold.securityLog.verify();
    expect(verdict).toMatchObject({ ok: true, unsealed: 0 });
    expect(verdict.ok && verdict.sealed).toBeGreaterThanOrEqual(people.length * 3);
  });

  it("notices an end cut off the chain", async () => {
    await personWithTOTP(engine);
    await engine.twofold.securityLog.process();
    await engine.twofold.deps.db.execute(
      sql`delete from security_events where seq = (select max(seq) from security_events)`,
    );
    expect(await engine.twofold.securityLog.verify()).toMatchObject({
      ok: false,
      problem: "head_mismatch",
    });
  });
});
