// Threat: a stolen database dump (backup, replica, SQL injection) reveals passwords, seeds, codes or tokens.
import { ScureBase32Plugin } from "otplib";
import { databaseKinds, dumpAllTables, otpAppCode, otpauthSecret } from "@twofold/testing";
import { describe, expect, it } from "vitest";
import { hashToken } from "./crypto/tokens";
import { useTestEngine, TEST_META, uniqueEmail, must } from "../test/engine";
import { signedUpPerson } from "../test/sign-up";
import { opened } from "../test/engine";

const PASSWORD = "Sesame-Ouvre-Toi 2026!";

/** A six-digit code as a token of its own: digits inside longer numbers (timestamps, steps) are not it. */
const standalone = (code: string): RegExp => new RegExp(`(?<!\\d)${code}(?!\\d)`);

describe.each(databaseKinds())("secrets at rest on %s", (kind) => {
  const engine = useTestEngine(kind);

  it("keeps no password, seed, backup code, session token or used code readable in any table", async () => {
    const { twofold, clock } = engine;
    const email = uniqueEmail("dump");
    const tokens: string[] = [];
    const totpCodes: string[] = [];
    const seeds: string[] = [];

    const signedUp = await signedUpPerson(engine, { email, password: PASSWORD }, TEST_META);
    tokens.push(signedUp.token);
    const account = await twofold.accounts.get(signedUp.session.accountId);
    if (!account) throw new Error("account missing");

    const enrollment = must(await twofold.totp.beginEnrollment(account, "Phone"));
    seeds.push(otpauthSecret(enrollment.otpauthUri));
    const confirming = otpAppCode(enrollment.otpauthUri, clock.now());
    totpCodes.push(confirming);
    const confirmed = must(
      await twofold.totp.confirmEnrollment(
        account.id,
        { enrollmentId: enrollment.enrollmentId, code: confirming },
        TEST_META,
      ),
    );
    const firstSet = confirmed.backupCodes ?? [];
    // A second app left unconfirmed: its seed waits in the enrollments table.
    const waiting = must(await twofold.totp.beginEnrollment(account, "Tablet"));
    seeds.push(otpauthSecret(waiting.otpauthUri));

    clock.advanceSeconds(30);
    const signIn = async () => {
      const pending = opened(
        must(await twofold.accounts.signIn({ email, password: PASSWORD }, TEST_META)),
      );
      tokens.push(pending.token);
      return pending;
    };
    const withTOTP = await signIn();
    const code = otpAppCode(enrollment.otpauthUri, clock.now());
    totpCodes.push(code);
    tokens.push(
      must(await twofold.secondFactor.verifyTOTP(withTOTP.session, code, TEST_META)).token,
    );

    const withBackup = await signIn();
    const active = must(
      await twofold.secondFactor.verifyBackupCode(withBackup.session, firstSet[0] ?? "", TEST_META),
    );
    tokens.push(active.token);
    const secondSet = must(await twofold.backupCodes.regenerate(account.id, TEST_META)).codes;
    const withNewBackup = await signIn();
    tokens.push(
      must(
        await twofold.secondFactor.verifyBackupCode(
          withNewBackup.session,
          secondSet[0] ?? "",
          TEST_META,
        ),
      ).token,
    );
    const stillPending = await signIn();

    const dump = await dumpAllTables(engine.database);
    const lower = dump.toLowerCase();

    // The dump is the real thing: the account, a sealed seed and the live sessions' hashes are in it.
    expect(dump).toContain(email);
    expect(dump).toMatch(/"v1\.[A-Za-z0-9_-]{40,}"/);
    expect(dump).toContain(hashToken(active.token));
    expect(dump).toContain(hashToken(stillPending.token));

    expect(lower).not.toContain(PASSWORD.toLowerCase());
    const base32 = new ScureBase32Plugin();
    for (const secret of seeds) {
      const bytes = Buffer.from(base32.decode(secret));
      expect(lower).not.toContain(secret.toLowerCase());
      expect(lower).not.toContain(bytes.toString("hex"));
      expect(dump).not.toContain(bytes.toString("base64").replace(/=+$/, ""));
      expect(dump).not.toContain(bytes.toString("base64url"));
    }
    for (const backup of [...firstSet, ...secondSet]) {
      expect(lower).not.toContain(backup);
      expect(lower).not.toContain(backup.replaceAll("-", ""));
    }
    for (const token of tokens) expect(dump).not.toContain(token);
    for (const used of totpCodes) expect(dump).not.toMatch(standalone(used));
  });
});
