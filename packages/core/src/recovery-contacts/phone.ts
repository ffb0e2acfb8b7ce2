import { queryRows, schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import { newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { hashPhone, normalizeSmsCode } from "../sms/codes";
import { parsePhone, type PhoneReason, type SmsCountry } from "../sms/phone";
import {
  logSend,
  sendCode,
  spendSmsCode,
  tryCode,
  type CodeCheckReason,
  type SendReason,
} from "../sms/send-code";
import { recordContactChange } from "./notify";
import { openFor, readContacts, sealFor, writeContacts } from "./store";

/**
 * Starts setting (or changing) the recovery mobile: the rules of the SMS factor (mobiles of CH,
 * FR, BE, DE only; the same send limits), the number waiting, sealed, for the code sent to it,
 * while the verified one, if any, stays in force. The number already in force is
 * PHONE_ALREADY_ADDED.
 */
export async function setRecoveryPhone(
  deps: Deps,
  accountId: string,
  input: { phone: string; country?: SmsCountry },
  meta: RequestMeta,
): Promise<
  Result<{ sentTo: string; expiresAt: Date }, PhoneReason | "PHONE_ALREADY_ADDED" | SendReason>
> {
  const parsed = parsePhone(input.phone, input.country);
  if (!parsed.ok) return parsed;
  const { e164, masked } = parsed.value;
  const row = await readContacts(deps, accountId);
  if (row?.phoneSealed && openFor(deps, accountId, row.phoneSealed) === e164)
    return fail("PHONE_ALREADY_ADDED");
  // The code goes out first: a number refused by the limits or the provider changes nothing here.
  const targetId = newId(deps.random);
  const sent = await sendCode(deps, {
    purpose: "recovery_phone",
    targetId,
    accountId,
    factorId: null,
    e164,
    phoneHash: hashPhone(deps, e164),
    ip: meta.ip,
  });
  await logSend(deps, { accountId, sentTo: masked, purpose: "recovery_phone", sent, meta });
  if (!sent.ok) return sent;
  // The code of a number asked for before goes with it.
  if (row?.pendingPhoneId) await deps.db.execute(spendSmsCode(row.pendingPhoneId));
  await writeContacts(deps, accountId, {
    pendingPhoneId: targetId,
    pendingPhoneSealed: sealFor(deps, accountId, e164),
    pendingPhoneMasked: masked,
  });
  return ok({ sentTo: masked, expiresAt: sent.value.expiresAt });
}

export type ConfirmRecoveryPhoneReason =
  "INVALID_CODE_FORMAT" | "CODE_ALREADY_USED" | CodeCheckReason;

class Replaced extends Error {}

/**
 * The SMS code makes the waiting number the recovery mobile. Tries are counted as for the SMS
 * factor; in one transaction the code is spent by one DELETE (of parallel confirmations one
 * wins), the number switched, and the change logged (its email to the sign-in address and the
 * recovery address in force).
 */
export async function confirmRecoveryPhone(
  deps: Deps,
  accountId: string,
  input: { code: string },
  meta: RequestMeta,
): Promise<Result<{ phone: string }, ConfirmRecoveryPhoneReason>> {
  const code = normalizeSmsCode(input.code);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const row = await readContacts(deps, accountId);
  const targetId = row?.pendingPhoneId;
  if (!row || !targetId || !row.pendingPhoneSealed) return fail("NO_CODE_SENT");
  const tried = await tryCode(deps, targetId, "recovery_phone", code);
  if (!tried.ok) return tried;
  const e164 = openFor(deps, accountId, row.pendingPhoneSealed);
  const masked = row.pendingPhoneMasked ?? "";
  const address = row.addressSealed ? openFor(deps, accountId, row.addressSealed) : null;
  const c = schema.recoveryContacts;
  try {
    return await deps.db.transaction(async (tx) => {
      const spent = await queryRows(tx, sql`${spendSmsCode(targetId)} returning 1`);
      if (spent.length !== 1) return fail("CODE_ALREADY_USED");
      const switched = await tx
        .update(c)
        .set({
          phoneSealed: sealFor(deps, accountId, e164),
          phoneMasked: masked,
          phoneHash: hashPhone(deps, e164),
          phoneVerifiedAt: deps.clock.now(),
          pendingPhoneId: null,
          pendingPhoneSealed: null,
          pendingPhoneMasked: null,
        })
        .where(and(eq(c.accountId, accountId), eq(c.pendingPhoneId, targetId)))
        .returning({ accountId: c.accountId });
      if (switched.length !== 1) throw new Replaced();
      await recordContactChange(deps, {
        tx,
        accountId,
        type: row.phoneSealed ? "recovery_phone_changed" : "recovery_phone_set",
        meta,
        detail:
          row.phoneSealed && row.phoneMasked
            ? { phone: masked, previous: row.phoneMasked }
            : { phone: masked },
        alsoTo: [address],
      });
      return ok({ phone: masked });
    });
  } catch (error) {
    // Another number was asked for meanwhile: its own code confirms it.
    if (error instanceof Replaced) return fail("NO_CODE_SENT");
    throw error;
  }
}

/** Removes the recovery mobile (and any number waiting for its code). */
export async function removeRecoveryPhone(
  deps: Deps,
  accountId: string,
  meta: RequestMeta,
): Promise<Result<{ removed: true }, "RECOVERY_CONTACT_NOT_SET">> {
  const row = await readContacts(deps, accountId);
  if (!row || (!row.phoneSealed && !row.pendingPhoneId)) return fail("RECOVERY_CONTACT_NOT_SET");
  const address = row.addressSealed ? openFor(deps, accountId, row.addressSealed) : null;
  const c = schema.recoveryContacts;
  return deps.db.transaction(async (tx) => {
    const removed = await tx
      .update(c)
      .set({
        phoneSealed: null,
        phoneMasked: null,
        phoneHash: null,
        phoneVerifiedAt: null,
        pendingPhoneId: null,
        pendingPhoneSealed: null,
        pendingPhoneMasked: null,
      })
      .where(
        and(
          eq(c.accountId, accountId),
          row.phoneSealed ? eq(c.phoneSealed, row.phoneSealed) : sql`${c.phoneSealed} is null`,
        ),
      )
      .returning({ accountId: c.accountId });
    if (removed.length !== 1) return fail("RECOVERY_CONTACT_NOT_SET");
    if (row.pendingPhoneId) await tx.execute(spendSmsCode(row.pendingPhoneId));
    if (row.phoneSealed)
      await recordContactChange(deps, {
        tx,
        accountId,
        type: "recovery_phone_removed",
        meta,
        detail: { phone: row.phoneMasked ?? "" },
        alsoTo: [address],
      });
    return ok({ removed: true as const });
  });
}
