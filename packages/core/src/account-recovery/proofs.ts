import { schema } from "@twofold/db";
import { queryRows } from "@twofold/db";
import { and, eq, gt, isNull, or, sql } from "drizzle-orm";
import { parseAppPassword, appPasswordMatches } from "../app-passwords/tokens";
import type { Deps } from "../deps";
import { findEmailedLink, spendEmailedLink } from "../emailed/secrets";
import { fail, ok, type Result } from "../errors";
import type { Tx } from "../ports";
import { spendSmsCode, tryCode } from "../sms/send-code";
import { isTrustedBrowserOf } from "../trusted-browsers/trusted-browsers";
import { isRecentBrowserOf } from "./recent-browsers";

/** What only the owner holds, given with the password to start or complete a recovery. */
export type RecoveryProof =
  /** The link mailed to the verified recovery address (`requestRecoveryLink`). */
  | { kind: "email_link"; token: string }
  /** The code sent by SMS to the verified recovery phone (`sendRecoveryPhoneCode`). */
  | { kind: "sms_code"; code: string }
  /** This browser's cookies: trusted for the account, or it signed in to it before. */
  | { kind: "browser"; trustedBrowser?: string | undefined; recentBrowser?: string | undefined }
  /** A live application password of the account. */
  | { kind: "app_password"; appPassword: string };

export type ProofKind = RecoveryProof["kind"];
export const PROOF_KINDS: readonly ProofKind[] = [
  "email_link",
  "sms_code",
  "browser",
  "app_password",
];

/** A proof that holds: how the statement that uses it spends it (links and codes: once). */
type Spend = (tx: Tx) => Promise<boolean>;
const nothingToSpend: Spend = async () => true;

export interface HeldProof {
  kind: ProofKind;
  /** Spends it in the transaction that uses it (false: a parallel use spent it first). */
  spend: Spend;
}

/** Where a recovery link's token leads: the account it was issued for (not spent). */
export async function accountOfLink(
  deps: Deps,
  token: string,
): Promise<Result<string, "LINK_INVALID" | "LINK_EXPIRED">> {
  const found = await findEmailedLink(deps, { purpose: "account_recovery", token });
  return found.ok ? ok(found.value.accountId) : found;
}

/**
 * Whether the proof proves this account. Read only: a link or an SMS code is spent by the
 * transaction that starts or completes the recovery (`spend`), so of two uses only one lands.
 */
export async function checkProof(
  deps: Deps,
  options: { accountId: string; proof: RecoveryProof },
): Promise<Result<HeldProof, "RECOVERY_PROOF_INVALID">> {
  const { accountId, proof } = options;
  const held = await holds(deps, accountId, proof);
  return held === false ? fail("RECOVERY_PROOF_INVALID") : ok({ kind: proof.kind, spend: held });
}

/** false: the proof fails; else what spends it. */
async function holds(deps: Deps, accountId: string, proof: RecoveryProof): Promise<Spend | false> {
  switch (proof.kind) {
    case "email_link": {
      const found = await accountOfLink(deps, proof.token);
      if (!found.ok || found.value !== accountId) return false;
      const { token } = proof;
      return async (tx) =>
        (await spendEmailedLink(deps, { purpose: "account_recovery", token, tx })).ok;
    }
    case "sms_code": {
      const tried = await tryCode(deps, accountId, "account_recovery", proof.code.trim());
      if (!tried.ok) return false;
      return async (tx) =>
        (await queryRows(tx, sql`${spendSmsCode(accountId)} returning 1`)).length === 1;
    }
    case "browser": {
      const { trustedBrowser, recentBrowser } = proof;
      if (trustedBrowser && (await isTrustedBrowserOf(deps, accountId, trustedBrowser)))
        return nothingToSpend;
      const recent =
        recentBrowser !== undefined &&
        (await isRecentBrowserOf(deps, { accountId, cookie: recentBrowser }));
      return recent ? nothingToSpend : false;
    }
    case "app_password":
      return (await appPasswordHolds(deps, accountId, proof.appPassword)) ? nothingToSpend : false;
  }
}

async function appPasswordHolds(deps: Deps, accountId: string, given: string): Promise<boolean> {
  const parsed = parseAppPassword(given);
  if (!parsed) return false;
  const t = schema.appPasswords;
  const [row] = await deps.db
    .select({ secretHash: t.secretHash })
    .from(t)
    .where(
      and(
        eq(t.lookupId, parsed.lookupId),
        eq(t.accountId, accountId),
        or(isNull(t.expiresAt), gt(t.expiresAt, deps.clock.now())),
      ),
    );
  return row ? appPasswordMatches(deps, parsed.normalized, row.secretHash) : false;
}
