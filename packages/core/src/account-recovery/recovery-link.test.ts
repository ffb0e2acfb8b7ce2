// The whole way back through the recovery address: the link mailed there, the password, the
// wait, and every address told.
import { databaseKinds } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { must, TEST_META, TEST_PASSWORD } from "../../test/engine";
import {
  confirmedRecoveryAddress,
  mailedRecoveryLink,
  useRecoveryWorld,
} from "../../test/recovery";
import { personWithTOTP } from "../../test/totp";
import { DEFAULT_CONFIG } from "../config";
import { maskAddress } from "../recovery-contacts/mask";

const NEW_PASSWORD = "a brand new passphrase for the account";

describe.each(databaseKinds())("account recovery through the recovery address on %s", (kind) => {
  const world = useRecoveryWorld(kind);
  const { engine, mailsTo } = world;

  it("mails the link to the recovery address, starts with it and the password, and tells both addresses", async () => {
    const person = await personWithTOTP(engine);
    const address = await confirmedRecoveryAddress(world, person.accountId);
    const token = await mailedRecoveryLink(world, { email: person.email, address });
    expect(token).not.toBe("");
    // Nothing goes to the sign-in address: whoever holds it may not be the owner.
    expect((await mailsTo(person.email)).some((m) => m.text.includes("/recover#token="))).toBe(
      false,
    );
    // The owner's security log says where a recovery link went (masked).
    const { events } = await engine.twofold.securityLog.list(person.accountId);
    expect(events.find((e) => e.type === "account_recovery_link_sent")?.detail).toEqual({
      address: maskAddress(address),
    });
    const proof = { kind: "email_link", token } as const;
    const claim = { email: person.email, password: TEST_PASSWORD, proof, meta: TEST_META };
    const started = must(await engine.twofold.recovery.start(claim));
    await engine.twofold.securityLog.process();
    const told = "Twofold: Someone started to recover your account";
    expect((await mailsTo(person.email)).map((m) => m.subject)).toContain(told);
    expect((await mailsTo(address)).map((m) => m.subject)).toContain(told);
    // The link started one recovery; it cannot finish it: after the wait, a new link does.
    engine.clock.advance(DEFAULT_CONFIG.recovery.waitMs + 1);
    expect(started.endsAt.getTime()).toBeLessThan(engine.clock.now().getTime());
    const spent = await engine.twofold.recovery.complete({ ...claim, newPassword: NEW_PASSWORD });
    expect(spent).toMatchObject({ ok: false, reason: "RECOVERY_PROOF_INVALID" });
    const fresh = await mailedRecoveryLink(world, { email: person.email, address });
    const completed = must(
      await engine.twofold.recovery.complete({
        ...claim,
        proof: { kind: "email_link", token: fresh },
        newPassword: NEW_PASSWORD,
      }),
    );
    expect(completed.session.state).toBe("active");
    expect((await engine.twofold.twoFactor.status(person.accountId)).enabled).toBe(false);
  });

  it("answers a spent or made-up link as such, and counts no password try for it", async () => {
    const person = await personWithTOTP(engine);
    const address = await confirmedRecoveryAddress(world, person.accountId);
    const linkToken = () => mailedRecoveryLink(world, { email: person.email, address });
    const first = await linkToken();
    // A second link replaces the first: the page that still holds the first learns it at once.
    const second = await linkToken();
    const byLink = (token: string) =>
      engine.twofold.recovery.start({
        password: TEST_PASSWORD,
        proof: { kind: "email_link", token },
        meta: TEST_META,
      });
    for (let i = 0; i < DEFAULT_CONFIG.limits.maxFailures + 2; i += 1) {
      expect(await byLink(first)).toMatchObject({ ok: false, reason: "LINK_INVALID" });
      expect(await byLink("made-up")).toMatchObject({ ok: false, reason: "LINK_INVALID" });
    }
    engine.clock.advance(DEFAULT_CONFIG.emailed.linkTtlMs + 1);
    expect(await byLink(second)).toMatchObject({ ok: false, reason: "LINK_EXPIRED" });
    // None of it counted against the password: the right one still signs in.
    must(
      await engine.twofold.accounts.signIn(
        { email: person.email, password: TEST_PASSWORD },
        TEST_META,
      ),
    );
    must(await byLink(await linkToken()));
  });
});
