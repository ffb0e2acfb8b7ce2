// Threat: one reset link used twice at once (a leaked link raced against its owner) changes the password twice.
import { databaseKinds } from "@twofold/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { must, opened, signedUpPerson, TEST_META, uniqueEmail, useTestEngine } from "../../test";
import { resetTokenMailedTo } from "../../test/reset";
import { outboxMailer } from "../notifications/outbox-mailer";

const PARALLEL = 8;

describe.each(databaseKinds())("a reset link completed in parallel on %s", (kind) => {
  const outbox = join(mkdtempSync(join(tmpdir(), "twofold-reset-race-")), "mail.jsonl");
  const engine = useTestEngine(kind, undefined, () => ({ mailer: outboxMailer(outbox) }));

  it(`changes the password exactly once of ${PARALLEL} completions`, async () => {
    const email = uniqueEmail("race");
    await signedUpPerson(engine, { email });
    await must(await engine.twofold.passwordReset.request({ email }, TEST_META)).sent;
    const token = await resetTokenMailedTo(engine, outbox, email);
    const passwords = Array.from({ length: PARALLEL }, (_, i) => `new passphrase number ${i}!`);
    const results = await Promise.all(
      passwords.map((password) =>
        engine.twofold.passwordReset.complete({ token, password, session: null }, TEST_META),
      ),
    );
    const won = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.reason).toBe("LINK_INVALID");
    // The winner's password is the one that works; no loser's does. The winner is tried first:
    // seven wrong passwords at once would start the password's delay (limits.delayAfter).
    const signedIn = must(
      await engine.twofold.accounts.signIn(
        { email, password: passwords[won[0] ?? 0] ?? "" },
        TEST_META,
      ),
    );
    const losers = passwords.filter((_, i) => i !== won[0]);
    const lost = await Promise.all(
      losers.map((password) => engine.twofold.accounts.signIn({ email, password }, TEST_META)),
    );
    expect(lost.filter((r) => r.ok)).toEqual([]);
    const { events } = await engine.twofold.securityLog.list(opened(signedIn).session.accountId);
    expect(events.filter((e) => e.type === "password_reset")).toHaveLength(1);
  });
});
