import { queryRows, schema } from "@twofold/db";
import { and, eq, sql } from "drizzle-orm";
import { seal } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { enrollmentToFactor, findEnrollment, openEnrollment } from "../two-factor/enrollments";
import { hashPhone, normalizeSmsCode } from "./codes";
import { parsePhone, type PhoneReason, type SmsCountry } from "./phone";
import { logSend, sendCode, spendSmsCode, tryCode, type SendReason } from "./send-code";

export interface PhoneEnrollment {
  /** The enrollment: what the code confirms (`sms.confirmPhone`). */
  phoneId: string;
  e164: string;
  sentTo: string;
  expiresAt: Date;
}

/**
 * Adds a mobile number: read and checked (four countries, mobiles only), kept sealed as an
 * enrollment, and a code sent to it. Nothing is sent to a refused number; when the provider
 * fails, the enrollment goes too and the person simply tries again.
 */
export async function addPhone(
  deps: Deps,
  accountId: string,
  input: { phone: string; country?: SmsCountry },
  meta: RequestMeta,
): Promise<
  Result<PhoneEnrollment, PhoneReason | "PHONE_ALREADY_ADDED" | "TOO_MANY_ENROLLMENTS" | SendReason>
> {
  const parsed = parsePhone(input.phone, input.country);
  if (!parsed.ok) return parsed;
  const { e164, masked } = parsed.value;
  const phoneHash = hashPhone(deps, e164);
  const p = schema.smsPhones;
  const [existing] = await deps.db
    .select({ id: p.factorId })
    .from(p)
    .where(and(eq(p.accountId, accountId), eq(p.phoneHash, phoneHash)));
  if (existing) return fail("PHONE_ALREADY_ADDED");
  const opened = await openEnrollment(deps, accountId, {
    kind: "sms",
    label: masked,
    secretSealed: seal(deps.keys.secretBox, deps.random.bytes(12), Buffer.from(e164), accountId),
    ttlMs: deps.config.sms.enrollmentTtlMs,
  });
  if (!opened.ok) return opened;
  const phoneId = opened.value.id;
  const sent = await sendEnrollmentCode(deps, { accountId, phoneId, e164, masked, meta });
  if (!sent.ok) {
    await deps.db.delete(schema.enrollments).where(eq(schema.enrollments.id, phoneId));
    return sent;
  }
  return ok({ phoneId, e164, sentTo: masked, expiresAt: sent.value.expiresAt });
}

/** A new code for a number being added (the previous code ends). */
export async function resendPhoneCode(
  deps: Deps,
  accountId: string,
  phoneId: string,
  meta: RequestMeta,
): Promise<
  Result<
    { sentTo: string; expiresAt: Date },
    "ENROLLMENT_NOT_FOUND" | "ENROLLMENT_EXPIRED" | SendReason
  >
> {
  const found = await findEnrollment(deps, accountId, phoneId, "sms");
  if (!found.ok) return found;
  const e164 = found.value.secret.toString();
  const sent = await sendEnrollmentCode(deps, {
    accountId,
    phoneId,
    e164,
    masked: found.value.label,
    meta,
  });
  if (!sent.ok) return sent;
  return ok({ sentTo: found.value.label, expiresAt: sent.value.expiresAt });
}

async function sendEnrollmentCode(
  deps: Deps,
  to: { accountId: string; phoneId: string; e164: string; masked: string; meta: RequestMeta },
): Promise<Result<{ expiresAt: Date }, SendReason>> {
  const { accountId, phoneId, e164, masked, meta } = to;
  const sent = await sendCode(deps, {
    purpose: "enrollment",
    targetId: phoneId,
    accountId,
    factorId: null,
    e164,
    phoneHash: hashPhone(deps, e164),
    ip: meta.ip,
  });
  await logSend(deps, { accountId, sentTo: masked, purpose: "enrollment", sent, meta });
  return sent;
}

export type ConfirmPhoneReason =
  | "INVALID_CODE_FORMAT"
  | "INVALID_CODE"
  | "CODE_EXPIRED"
  | "NO_CODE_SENT"
  | "CODE_ALREADY_USED"
  | "ENROLLMENT_NOT_FOUND"
  | "ENROLLMENT_EXPIRED"
  | "PHONE_ALREADY_ADDED";

class AlreadyAdded extends Error {}

/**
 * The code sent to a number makes it a factor. In one transaction: the code and the enrollment
 * are consumed (of concurrent confirmations exactly one gets them), the factor is created with
 * its sealed number, and, when this turns two-step on, backup codes are issued and returned.
 */
export async function confirmPhone(
  deps: Deps,
  accountId: string,
  { phoneId, code: typed }: { phoneId: string; code: string },
  meta: RequestMeta,
): Promise<Result<{ id: string; backupCodes?: string[] }, ConfirmPhoneReason>> {
  const code = normalizeSmsCode(typed);
  if (code === null) return fail("INVALID_CODE_FORMAT");
  const found = await findEnrollment(deps, accountId, phoneId, "sms");
  if (!found.ok) return found;
  const { label, secret } = found.value;
  const tried = await tryCode(deps, phoneId, "enrollment", code);
  if (!tried.ok) return tried;
  const e164 = secret.toString();
  try {
    return await deps.db.transaction(async (tx) => {
      const spent = await queryRows(tx, sql`${spendSmsCode(phoneId)} returning 1`);
      if (spent.length !== 1) return fail("CODE_ALREADY_USED");
      return enrollmentToFactor(deps, tx, {
        enrollmentId: phoneId,
        accountId,
        kind: "sms",
        label,
        meta,
        writeSecret: async (id) => {
          const inserted = await tx
            .insert(schema.smsPhones)
            .values({
              factorId: id,
              accountId,
              phoneSealed: seal(
                deps.keys.secretBox,
                deps.random.bytes(12),
                Buffer.from(e164),
                accountId,
              ),
              phoneHash: hashPhone(deps, e164),
              masked: label,
            })
            .onConflictDoNothing()
            .returning({ id: schema.smsPhones.factorId });
          // The same number confirmed twice at once: the second rolls back whole.
          if (inserted.length !== 1) throw new AlreadyAdded();
        },
      });
    });
  } catch (error) {
    if (error instanceof AlreadyAdded) return fail("PHONE_ALREADY_ADDED");
    throw error;
  }
}
