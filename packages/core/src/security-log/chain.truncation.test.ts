// Threat: someone with write access to the database cuts the newest entries off the security log and rewrites its state row to match, so the chain alone looks whole.
import { databaseKinds } from "@twofold/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestEngine } from "../../test/engine";
import { personWithTOTP } from "../../test/totp";
import type { LogHead } from "./chain";

describe.each(databaseKinds())("a witness of the chain's head on %s", (kind) => {
  const engine = useTestEngine(kind);

  /** A few more events, sealed: the head the seal reported (what the server's witness keeps). */
  async function sealedHead(): Promise<LogHead> {
    await personWithTOTP(engine);
    const { head } = await engine.twofold.securityLog.process();
    if (!head) throw new Error("nothing was sealed");
    return head;
  }

  /** What an attacker with database access does: removes entries after `keep`, state to match. */
  async function cutAfter(keep: number): Promise<void> {
    const db = engine.twofold.deps.db;
    await db.execute(sql`delete from security_events where seq > ${keep}`);
    await db.execute(
      sql`update log_state set sealed_seq = ${keep}, notified_seq = least(notified_seq, ${keep}),
            head_hash = (select hash from security_events where seq = ${keep}) where id = 1`,
    );
  }

  it("holds an untouched chain, and a witness behind the chain's end (later seals)", async () => {
    const witness = await sealedHead();
    expect(await engine.twofold.securityLog.verify(witness)).toMatchObject({ ok: true });
    const later = await sealedHead();
    expect(later.seq).toBeGreaterThan(witness.seq);
    expect(await engine.twofold.securityLog.verify(witness)).toMatchObject({
      ok: true,
      sealed: later.seq,
    });
    expect(await engine.twofold.securityLog.holds(witness)).toBe(true);
  });

  it("names a cut-off end that the rewritten state row hides", async () => {
    const kept = await sealedHead();
    const witness = await sealedHead();
    await cutAfter(kept.seq);
    // The chain alone is consistent: only the witness can tell.
    expect(await engine.twofold.securityLog.verify()).toMatchObject({ ok: true });
    expect(await engine.twofold.securityLog.verify(witness)).toEqual({
      ok: false,
      firstAlteredId: null,
      seq: kept.seq + 1,
      problem: "witness_ahead",
    });
    expect(await engine.twofold.securityLog.holds(witness)).toBe(false);
  });

  it("names the witnessed place when new entries were sealed over the cut", async () => {
    const kept = await sealedHead();
    const witness = await sealedHead();
    await cutAfter(kept.seq);
    // The server goes on sealing from the rewritten state: past the witnessed place again.
    let resealed = await sealedHead();
    while (resealed.seq < witness.seq) resealed = await sealedHead();
    expect(await engine.twofold.securityLog.verify()).toMatchObject({ ok: true });
    expect(await engine.twofold.securityLog.verify(witness)).toMatchObject({
      ok: false,
      seq: witness.seq,
      problem: "witness_mismatch",
    });
    expect(await engine.twofold.securityLog.holds(witness)).toBe(false);
  });
});
