import {
  createTestEngine,
  personWithTOTP,
  TEST_META,
  type TestEngine,
} from "@twofold/core/testing";
import { databaseKinds, dumpAllTables } from "@twofold/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedTables, fingerprint, trackChanges } from "./fingerprint";

/** Every table as `dumpAllTables` shows it, but for the fingerprint's own log. */
async function dump(engine: TestEngine): Promise<string> {
  const lines = (await dumpAllTables(engine.database)).split("\n");
  const log = lines.indexOf("-- fuzz_row_changes");
  if (log < 0) throw new Error("the fingerprint's log is missing");
  lines.splice(log, 2);
  return lines.join("\n");
}

describe.each(databaseKinds())("the fuzz fingerprint on %s", (kind) => {
  let engine: TestEngine;
  beforeAll(async () => {
    engine = await createTestEngine(kind);
    await personWithTOTP(engine);
    await trackChanges(engine.database.db);
  });
  afterAll(() => engine.close());

  /** Runs a step (failing or not); the fingerprint must change exactly when a dump does. */
  async function step(run: () => Promise<unknown>): Promise<string[]> {
    const { db } = engine.database;
    const [dumpBefore, before] = [await dump(engine), await fingerprint(db)];
    await run().catch(() => undefined);
    const [dumpAfter, after] = [await dump(engine), await fingerprint(db)];
    const changed = changedTables(before, after);
    expect(changed.length > 0).toBe(dumpAfter !== dumpBefore);
    return changed;
  }

  it("changes with the rows, and only with them", async () => {
    const { db } = engine.database;
    const person = await personWithTOTP(engine);
    expect(await step(() => personWithTOTP(engine))).toEqual(
      expect.arrayContaining(["accounts", "factors", "sessions", "security_events"]),
    );
    expect(
      await step(() =>
        engine.twofold.accounts.signIn({ email: person.email, password: "wrong" }, TEST_META),
      ),
    ).toEqual(expect.arrayContaining(["failure_counters"]));
    // The same values written again, and a write undone: no change.
    expect(await step(() => db.execute("update accounts set email = email"))).toEqual([]);
    const undone = () =>
      db.transaction(async (tx) => {
        await tx.execute("delete from backup_codes");
        throw new Error("rolled back");
      });
    expect(await step(undone)).toEqual([]);
    expect(await step(async () => undefined)).toEqual([]);
    // A change, then its undoing: back to the same fingerprint.
    const start = await fingerprint(db);
    await db.execute("update accounts set display_name = display_name || '!'");
    expect(changedTables(start, await fingerprint(db))).toEqual(["accounts"]);
    await db.execute("update accounts set display_name = left(display_name, -1)");
    expect(changedTables(start, await fingerprint(db))).toEqual([]);
    expect(await step(() => db.execute("delete from backup_codes"))).toEqual(["backup_codes"]);
  });
});
