import { schema } from "@twofold/db";
import { and, eq, isNull } from "drizzle-orm";
import { getAccount } from "../accounts/accounts";
import { isValidEmail, normalizeEmail } from "../accounts/validate";
import type { Deps } from "../deps";
import { issueEmailedCode, spendEmailedCode, type EmailedCodeReason } from "../emailed/secrets";
import { fail, ok, TwofoldError, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { release, reserve } from "../limits/windows";
import type { RequestMeta } from "../ports";
import { mailAddressCode } from "./code-mail";
import { maskAddress } from "./mask";
import { recordContactChange } from "./notify";
import { openFor, readContacts, sealFor, writeContacts } from "./store";

/** Code emails per account and per IP address in an hour: enough to retype an address. */
export const ADDRESS_CODE_LIMITS = { perAccount: 5, perIp: 20, windowMs: 60 * 60 * 1000 };

const PURPOSE = "recovery_address";

export type SetAddressReason =
  "INVALID_EMAIL" | "RECOVERY_ADDRESS_SAME" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE";

/**
 * Starts setting (or changing) the recovery address: the new address waits, sealed, for the
 * 6-digit code mailed to it; the verified one, if any, stays in force until then. The sign-in
 * address, or the address already in force, is RECOVERY_ADDRESS_SAME: a recovery address must
 * be another mailbox.
 */
export async function setRecoveryAddress(
  deps: Deps,
  accountId: string,
  input: { email: string },
  meta: RequestMeta,
): Promise<Result<{ sentTo: string; expiresAt: Date }, SetAddressReason>> {
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) return fail("INVALID_EMAIL");
  const account = await getAccount(deps, accountId);
  if (!account) throw new TwofoldError("ACCOUNT_NOT_FOUND", "no such account");
  const row = await readContacts(deps, accountId);
  const current = row?.addressSealed ? openFor(deps, accountId, row.addressSealed) : null;
  if (email === account.email || email === current) return fail("RECOVERY_ADDRESS_SAME");
  const reservation = await reserve(
    deps,
    [
      [`recovery-address-account:${accountId}`, ADDRESS_CODE_LIMITS.perAccount],
      [`recovery-address-ip:${addressKey(meta.ip)}`, ADDRESS_CODE_LIMITS.perIp],
    ],
    ADDRESS_CODE_LIMITS.windowMs,
  );
  if ("ok" in reservation) return reservation;
  const masked = maskAddress(email);
  const { code, expiresAt } = await issueEmailedCode(deps, {
    accountId,
    purpose: PURPOSE,
    subject: email,
  });
  const sent = await mailAddressCode(deps, { to: email, code, locale: account.locale });
  if (!sent.ok) {
    await release(deps, reservation);
    return sent;
  }
  // Waiting only once its code is on its way: a refusal leaves the contacts as they were.
  await writeContacts(deps, accountId, {
    pendingAddressSealed: sealFor(deps, accountId, email),
    pendingAddressMasked: masked,
  });
  return ok({ sentTo: masked, expiresAt });
}

/**
 * The code mailed to the waiting address makes it the recovery address. The code is spent by
 * one DELETE (of parallel confirmations one wins); the switch is one conditional UPDATE (only
 * while the same address still waits) with its security-log entry, whose email goes to the
 * sign-in address, the address it replaces and the new one.
 */
export async function confirmRecoveryAddress(
  deps: Deps,
  accountId: string,
  input: { code: string },
  meta: RequestMeta,
): Promise<Result<{ address: string }, EmailedCodeReason>> {
  const row = await readContacts(deps, accountId);
  const waiting = row?.pendingAddressSealed;
  if (!row || !waiting) return fail("NO_CODE_SENT");
  const address = openFor(deps, accountId, waiting);
  const spent = await spendEmailedCode(deps, {
    accountId,
    purpose: PURPOSE,
    subject: address,
    code: input.code,
  });
  if (!spent.ok) return spent;
  const masked = row.pendingAddressMasked ?? maskAddress(address);
  const previous = row.addressSealed ? openFor(deps, accountId, row.addressSealed) : null;
  const c = schema.recoveryContacts;
  return deps.db.transaction(async (tx) => {
    const switched = await tx
      .update(c)
      .set({
        addressSealed: sealFor(deps, accountId, address),
        addressMasked: masked,
        addressVerifiedAt: deps.clock.now(),
        pendingAddressSealed: null,
        pendingAddressMasked: null,
      })
      .where(and(eq(c.accountId, accountId), eq(c.pendingAddressSealed, waiting)))
      .returning({ accountId: c.accountId });
    // Another address was asked for meanwhile: its own code confirms it, not this one.
    if (switched.length !== 1) return fail("NO_CODE_SENT");
    await recordContactChange(deps, {
      tx,
      accountId,
      type: previous ? "recovery_address_changed" : "recovery_address_set",
      meta,
      detail:
        previous && row.addressMasked
          ? { address: masked, previous: row.addressMasked }
          : { address: masked },
      alsoTo: [previous, address],
    });
    return ok({ address: masked });
  });
}

/**
 * Removes the recovery address (and any address waiting for its code). The email about it goes
 * to the sign-in address and to the address removed.
 */
export async function removeRecoveryAddress(
  deps: Deps,
  accountId: string,
  meta: RequestMeta,
): Promise<Result<{ removed: true }, "RECOVERY_CONTACT_NOT_SET">> {
  const row = await readContacts(deps, accountId);
  if (!row || (!row.addressSealed && !row.pendingAddressSealed))
    return fail("RECOVERY_CONTACT_NOT_SET");
  const previous = row.addressSealed ? openFor(deps, accountId, row.addressSealed) : null;
  const c = schema.recoveryContacts;
  const e = schema.emailedSecrets;
  return deps.db.transaction(async (tx) => {
    const removed = await tx
      .update(c)
      .set({
        addressSealed: null,
        addressMasked: null,
        addressVerifiedAt: null,
        pendingAddressSealed: null,
        pendingAddressMasked: null,
      })
      .where(
        and(
          eq(c.accountId, accountId),
          row.addressSealed ? eq(c.addressSealed, row.addressSealed) : isNull(c.addressSealed),
        ),
      )
      .returning({ accountId: c.accountId });
    if (removed.length !== 1) return fail("RECOVERY_CONTACT_NOT_SET");
    await tx.delete(e).where(and(eq(e.accountId, accountId), eq(e.purpose, PURPOSE)));
    // Only a waiting address was dropped: nothing in force changed.
    if (previous !== null)
      await recordContactChange(deps, {
        tx,
        accountId,
        type: "recovery_address_removed",
        meta,
        detail: { address: row.addressMasked ?? maskAddress(previous) },
        alsoTo: [previous],
      });
    return ok({ removed: true as const });
  });
}
