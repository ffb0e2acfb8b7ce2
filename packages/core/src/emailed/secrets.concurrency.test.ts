// Threat: a code or link sent by email is used twice, guessed, or opens another account's door.
import { createTestDatabase, databaseKinds, FakeClock } from "@twofold/testing";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../config";
import { createDeps, type Deps } from "../deps";
import { TEST_META, TEST_PASSWORD, uniqueEmail } from "../../test/engine";
import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { signUp } from "../accounts/sign-up";
import {
  findEmailedLink,
  issueEmailedCode,
  issueEmailedLink,
  spendEmailedCode,
  spendEmailedLink,
} from "./secrets";

const PARALLEL = 20;

describe.each(databaseKinds())("secrets sent by email on %s", (kind) => {
  let deps: Deps;
  let clock: FakeClock;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase(kind);
    clock = new FakeClock();
    deps = createDeps({ db: database.db, masterKey: randomBytes(32), clock });
    close = () => database.close();
  });
  afterAll(() => close());

  async function account(): Promise<{ id: string; email: string }> {
    const email = uniqueEmail("emailed");
    const made = await signUp(deps, { email, password: TEST_PASSWORD }, TEST_META);
    if (!made.ok) throw new Error(made.reason);
    const a = schema.accounts;
    const [row] = await deps.db.select({ id: a.id }).from(a).where(eq(a.email, email));
    if (!row) throw new Error("no account");
    return { id: row.id, email };
  }

  it(`spends a code once: one of ${PARALLEL} parallel uses wins`, async () => {
    const { id, email } = await account();
    const issue = { accountId: id, purpose: "verify_email", subject: email } as const;
    const { code } = await issueEmailedCode(deps, issue);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () => spendEmailedCode(deps, { ...issue, code })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const reasons = new Set(results.flatMap((r) => (r.ok ? [] : [r.reason])));
    for (const reason of reasons) expect(["CODE_ALREADY_USED", "NO_CODE_SENT"]).toContain(reason);
    expect(await spendEmailedCode(deps, { ...issue, code })).toEqual({
      ok: false,
      reason: "NO_CODE_SENT",
    });
  });

  it("opens nothing for another subject, purpose or account", async () => {
    const one = await account();
    const other = await account();
    const issue = {
      accountId: one.id,
      purpose: "recovery_address",
      subject: "a@example.net",
    } as const;
    const { code } = await issueEmailedCode(deps, issue);
    const refused = [
      await spendEmailedCode(deps, { ...issue, subject: "b@example.net", code }),
      await spendEmailedCode(deps, { ...issue, purpose: "verify_email", code }),
      await spendEmailedCode(deps, { ...issue, accountId: other.id, code }),
    ];
    for (const r of refused) expect(r).toEqual({ ok: false, reason: "NO_CODE_SENT" });
    expect((await spendEmailedCode(deps, { ...issue, code })).ok).toBe(true);
  });

  it(`compares at most ${DEFAULT_CONFIG.emailed.maxAttempts} guesses, even in parallel, then the code is dead`, async () => {
    const { id, email } = await account();
    const issue = { accountId: id, purpose: "verify_email", subject: email } as const;
    const { code } = await issueEmailedCode(deps, issue);
    const wrong = code === "000000" ? "111111" : "000000";
    const guesses = await Promise.all(
      Array.from({ length: PARALLEL }, () => spendEmailedCode(deps, { ...issue, code: wrong })),
    );
    const compared = guesses.filter((r) => !r.ok && r.reason === "INVALID_CODE").length;
    expect(compared).toBeLessThan(DEFAULT_CONFIG.emailed.maxAttempts);
    expect(await spendEmailedCode(deps, { ...issue, code })).toEqual({
      ok: false,
      reason: "CODE_EXPIRED",
    });
  });

  it("a new code ends the last; a code runs out; a malformed one is refused as such", async () => {
    const { id, email } = await account();
    const issue = { accountId: id, purpose: "verify_email", subject: email } as const;
    const first = await issueEmailedCode(deps, issue);
    const second = await issueEmailedCode(deps, issue);
    if (first.code !== second.code)
      expect((await spendEmailedCode(deps, { ...issue, code: first.code })).ok).toBe(false);
    expect(await spendEmailedCode(deps, { ...issue, code: "12ab" })).toEqual({
      ok: false,
      reason: "INVALID_CODE_FORMAT",
    });
    clock.advance(DEFAULT_CONFIG.emailed.codeTtlMs + 1);
    expect(await spendEmailedCode(deps, { ...issue, code: second.code })).toEqual({
      ok: false,
      reason: "CODE_EXPIRED",
    });
  });

  it(`spends a link once: one of ${PARALLEL} parallel uses wins, and it names its account`, async () => {
    const { id, email } = await account();
    const { token } = await issueEmailedLink(deps, {
      accountId: id,
      purpose: "password_reset",
      subject: email,
    });
    expect(await findEmailedLink(deps, { purpose: "account_recovery", token })).toEqual({
      ok: false,
      reason: "LINK_INVALID",
    });
    const found = await findEmailedLink(deps, { purpose: "password_reset", token });
    expect(found.ok && found.value.accountId).toBe(id);
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        spendEmailedLink(deps, { purpose: "password_reset", token }),
      ),
    );
    const winners = results.flatMap((r) => (r.ok ? [r.value.accountId] : []));
    expect(winners).toEqual([id]);
    expect(await findEmailedLink(deps, { purpose: "password_reset", token })).toEqual({
      ok: false,
      reason: "LINK_INVALID",
    });
  });

  it("a link runs out after its time", async () => {
    const { id, email } = await account();
    const { token } = await issueEmailedLink(deps, {
      accountId: id,
      purpose: "account_recovery",
      subject: email,
    });
    clock.advance(DEFAULT_CONFIG.emailed.linkTtlMs + 1);
    expect(await spendEmailedLink(deps, { purpose: "account_recovery", token })).toEqual({
      ok: false,
      reason: "LINK_EXPIRED",
    });
  });
});
