// Threat: one recovery completed twice in parallel (two new passwords, two sessions), or one
// recovery link or SMS code starting more than one recovery.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META } from "../../test/engine";
import { uniqueMobile } from "../../test/phones";
import { claimOf, personWithAppPassword } from "../../test/account-recovery";
import {
  confirmedRecoveryAddress,
  mailedRecoveryLink,
  useRecoveryWorld,
} from "../../test/recovery";
import { sendRecoveryCodeTo } from "./ask-proof";

const PARALLEL = 8;
const HOUR = 3_600_000;

describe.each(databaseKinds())("account recovery under concurrency on %s", (kind) => {
  const world = useRecoveryWorld(kind);
  const { engine, provider } = world;
  const recovery = () => engine.twofold.recovery;

  it(`completes once: one of ${PARALLEL} parallel completions wins`, async () => {
    const person = await personWithAppPassword(engine);
    const proof = { kind: "app_password", appPassword: person.appPassword } as const;
    must(await recovery().start(claimOf(person, proof)));
    engine.clock.advance(72 * HOUR);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        recovery().complete({
          ...claimOf(person, proof),
          newPassword: `new passphrase number ${i}`,
        }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    // The others find it completed, or their application password revoked by the winner; one
    // that checks the password after the winner changed it is told it is wrong (it is, now).
    for (const r of results)
      if (!r.ok)
        expect(["RECOVERY_NOT_PENDING", "RECOVERY_PROOF_INVALID", "INVALID_CREDENTIALS"]).toContain(
          r.reason,
        );
    const events = (await engine.twofold.securityLog.list(person.accountId)).events;
    expect(events.filter((e) => e.type === "account_recovery_completed")).toHaveLength(1);
  });

  it("a recovery link mailed to the recovery address starts one recovery, once", async () => {
    const person = await personWithAppPassword(engine);
    const address = await confirmedRecoveryAddress(world, person.accountId);
    const token = await mailedRecoveryLink(world, { email: person.email, address });
    expect(token).not.toBe("");
    // The link names its account: the page asks only the password.
    const claim = { password: claimOf(person, undefined).password, meta: TEST_META };
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        recovery().start({ ...claim, proof: { kind: "email_link", token } }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    must(
      await recovery().cancel({ accountId: person.accountId, meta: TEST_META, from: "session" }),
    );
    // Spent: it starts nothing again.
    const again = await recovery().start({ ...claim, proof: { kind: "email_link", token } });
    expect(again.ok).toBe(false);
  });

  it("an SMS code to the recovery phone starts a recovery once, and a wrong code is refused", async () => {
    const person = await personWithAppPassword(engine);
    const e164 = uniqueMobile();
    const phone = { e164, masked: "+41 79 *** ** 00" };
    must(
      await sendRecoveryCodeTo(engine.twofold.deps, {
        accountId: person.accountId,
        phone,
        meta: TEST_META,
      }),
    );
    const code = provider.lastCode(e164);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect(
      await recovery().start(claimOf(person, { kind: "sms_code", code: wrong })),
    ).toMatchObject({
      ok: false,
      reason: "RECOVERY_PROOF_INVALID",
    });
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        recovery().start(claimOf(person, { kind: "sms_code", code })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
