import { schema } from "@twofold/db";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { open } from "../crypto/secret-box";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { completeSignIn, type SignedIn } from "../sessions/second-factor";
import type { Session } from "../sessions/sessions";
import { normalizeSmsCode } from "./codes";
import {
  logSend,
  sendCode,
  spendSmsCode,
  tryCode,
  type CodeCheckReason,
  type SendReason,
} from "./send-code";

export interface SentSignInCode {
  phoneId: string;
  sentTo: string;
  expiresAt: Date;
  /** The account's other numbers, to send to one of them instead. */
  others: { phoneId: string; sentTo: string }[];
}

/**
 * "Send a code by SMS" during a sign-in: to the number asked for, else the one used last. The
 * code is bound to this sign-in only; a new one ends the previous one.
 */
export async function sendSignInCode(
  deps: Deps,
  session: Session,
  phoneId: string | undefined,
  meta: RequestMeta,
): Promise<
  Result<
    SentSignInCode,
    "NO_PENDING_SIGN_IN" | "FACTOR_NOT_AVAILABLE" | "FACTOR_NOT_FOUND" | SendReason
  >
> {
  if (session.state !== "pending_second_factor") return fail("NO_PENDING_SIGN_IN");
  const f = schema.factors;
  const p = schema.smsPhones;
  const phones = await deps.db
    .select({ id: f.id, masked: p.masked, sealed: p.phoneSealed, hash: p.phoneHash })
    .from(f)
    .innerJoin(p, eq(p.factorId, f.id))
    .where(and(eq(f.accountId, session.accountId), eq(f.kind, "sms")))
    .orderBy(sql`${f.lastUsedAt} desc nulls last`, desc(f.createdAt), asc(f.id));
  if (phones.length === 0) return fail("FACTOR_NOT_AVAILABLE");
  const phone = phoneId === undefined ? phones[0] : phones.find((x) => x.id === phoneId);
  if (!phone) return fail("FACTOR_NOT_FOUND");
  const sent = await sendCode(deps, {
    purpose: "sign_in",
    targetId: session.id,
    accountId: session.accountId,
    factorId: phone.id,
    e164: open(deps.keys.secretBox, phone.sealed, session.accountId).toString(),
    phoneHash: phone.hash,
    ip: meta.ip,
  });
  await logSend(deps, {
    accountId: session.accountId,
    sentTo: phone.masked,
    purpose: "sign_in",
    sent,
    meta,
  });
  if (!sent.ok) return sent;
  return ok({
    phoneId: phone.id,
    sentTo: phone.masked,
    expiresAt: sent.value.expiresAt,
    others: phones.filter((x) => x !== phone).map((x) => ({ phoneId: x.id, sentTo: x.masked })),
  });
}

/**
 * The code typed at sign-in. Takes the same path as every factor (charged, checked, spent by
 * the statement that activates the session); the code also counts its own tries, and a code
 * sent for another sign-in or enrollment never matches here.
 */
export async function verifySMSSignIn(
  deps: Deps,
  session: Session,
  code: string,
  meta: RequestMeta,
): Promise<SignedIn<{ factorId: string | null }, CodeCheckReason>> {
  const normalized = normalizeSmsCode(code);
  const done = await completeSignIn(deps, {
    session,
    scope: "sms",
    meta,
    wellFormed: normalized !== null,
    find: async () => {
      const tried = await tryCode(deps, session.id, "sign_in", normalized ?? "");
      if (!tried.ok) return tried;
      const { factorId } = tried.value;
      return ok({ spend: spendSmsCode(session.id), factorId, detail: {} });
    },
  });
  if (!done.ok) return done;
  const { factorId, ...issued } = done.value;
  return ok({ ...issued, result: { factorId } });
}
