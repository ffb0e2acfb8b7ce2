import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { checkAccountPasswordFirst, checkUnknownAddress } from "../accounts/password-check";
import { isValidEmail, normalizeEmail } from "../accounts/validate";
import type { Deps } from "../deps";
import { fail, ok, type Failure, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { afterFailure, clearFailures } from "../limits/failures";
import { reserve } from "../limits/windows";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import { accountOfLink, checkProof, type HeldProof, type RecoveryProof } from "./proofs";

/** Who asks to start or complete a recovery: the address (or the link), password and proof. */
export interface RecoveryClaim {
  /** The sign-in address; may be left out with a link, which names its account. */
  email?: string | undefined;
  password: string;
  proof?: RecoveryProof | undefined;
  meta: RequestMeta;
}

export type DoorReason =
  | "INVALID_CREDENTIALS"
  | "RATE_LIMITED"
  | "RECOVERY_PROOF_MISSING"
  | "RECOVERY_PROOF_INVALID"
  | "LINK_INVALID"
  | "LINK_EXPIRED";

/**
 * The recovery's door: the password, checked the one way every door checks it (one count and
 * one lock; an unknown address answers alike), then the proof. The attempt stays counted
 * until the proof holds too: a missing or wrong proof is a failure of the password's one count
 * (a guesser of proofs gets no more tries than a guesser of passwords), and is logged.
 */
export async function passwordAndProof(
  deps: Deps,
  claim: RecoveryClaim,
): Promise<Result<{ accountId: string; held: HeldProof }, DoorReason>> {
  const { password, proof, meta } = claim;
  const found = await findAccount(deps, claim);
  // A link that names no account (spent, replaced, expired, made up) says so, and changes
  // nothing: no password was tried. Its 256-bit token tells nothing about any address.
  if ("link" in found) return found.link;
  const perIp = await passwordTriesPerIp(deps, meta);
  if (perIp) return perIp;
  if ("unknown" in found)
    return checkUnknownAddress(deps, { email: found.unknown, password, meta });
  const checked = await checkAccountPasswordFirst(deps, { account: found, password, meta });
  if (!checked.ok) return checked;
  const accountId = found.id;
  const held = proof
    ? await checkProof(deps, { accountId, proof })
    : fail("RECOVERY_PROOF_MISSING" as const);
  if (held.ok) {
    await clearFailures(deps.db, accountId, "password");
    return ok({ accountId, held: held.value });
  }
  await afterFailure(deps, accountId, "password");
  await recordEvent(deps, {
    accountId,
    type: "account_recovery_refused",
    meta,
    detail: { reason: held.reason, ...(proof ? { proof: proof.kind } : {}) },
  });
  return held;
}

/**
 * Password spraying through this door: its tries count against the sign-in's limit per IP
 * address (one budget over every door), before any address is looked up. RATE_LIMITED or null.
 */
export async function passwordTriesPerIp(
  deps: Deps,
  meta: RequestMeta,
): Promise<Failure<"RATE_LIMITED"> | null> {
  const { signInPerIp, signInWindowMs } = deps.config.limits;
  const perIp = await reserve(
    deps,
    [[`signin-ip:${addressKey(meta.ip)}`, signInPerIp]],
    signInWindowMs,
  );
  return "ok" in perIp ? perIp : null;
}

/**
 * The account of the address (or of the link when no address is given); else `unknown`, or
 * the link's refusal when it names no account.
 */
async function findAccount(
  deps: Deps,
  claim: RecoveryClaim,
): Promise<
  | { id: string; passwordHash: string }
  | { unknown: string }
  | { link: Failure<"LINK_INVALID" | "LINK_EXPIRED"> }
> {
  const a = schema.accounts;
  const columns = { id: a.id, passwordHash: a.passwordHash };
  if (claim.email === undefined && claim.proof?.kind === "email_link") {
    const linked = await accountOfLink(deps, claim.proof.token);
    if (!linked.ok) return { link: linked };
    const [row] = await deps.db.select(columns).from(a).where(eq(a.id, linked.value));
    return row ?? { unknown: "" };
  }
  const email = normalizeEmail(claim.email ?? "");
  const [row] = isValidEmail(email)
    ? await deps.db.select(columns).from(a).where(eq(a.email, email))
    : [];
  return row ?? { unknown: email };
}
