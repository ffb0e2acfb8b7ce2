import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { hashPassword, verifyPassword } from "../crypto/password";
import { keyedHash, newId } from "../crypto/tokens";
import type { Deps } from "../deps";
import { issueEmailedCode } from "../emailed/secrets";
import { fail, ok, type Result } from "../errors";
import { addressKey } from "../limits/address";
import { reserve } from "../limits/windows";
import { queueMailWithSecret } from "../notifications/queued-secret";
import type { MailLocale } from "../notifications/texts";
import type { RequestMeta, Tx } from "../ports";
import { recordEvent, type SecurityEventType } from "../security-log/security-log";
import { canonicalTimeZone } from "./time-zone";
import { passwordRefusal } from "../passwords/strength";
import { isValidEmail, normalizeEmail } from "./validate";

/** What sign-up answers for every well-formed input: the address must be confirmed. */
export interface VerificationRequired {
  status: "verification_required";
}

/** A sign-up's form, and what the person's browser or terminal says of them. */
export interface SignUpInput {
  email: string;
  password: string;
  displayName?: string;
  locale?: MailLocale;
  /** The IANA time zone the emails write times in; one this server does not know is ignored. */
  timeZone?: string;
}

/**
 * Starts a sign-up. The answer is the same for a free and a taken address, and costs alike: both
 * hash the password and queue one mail in one transaction. A free address gets an unconfirmed
 * account and a code; a confirmed account gets "someone tried to sign up with your address" and
 * nothing else changes; an account still unconfirmed (its mail lost) takes this sign-up's
 * password and a new code (one live code), the mail saying where this sign-up came from.
 */
export async function signUp(
  deps: Deps,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<
  Result<
    VerificationRequired,
    "INVALID_EMAIL" | "WEAK_PASSWORD" | "PASSWORD_TOO_WEAK" | "RATE_LIMITED"
  >
> {
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) return fail("INVALID_EMAIL");
  const refused = await passwordRefusal(input.password, {
    email,
    displayName: input.displayName,
  });
  if (refused) return refused;
  const limited = await reserveVerificationMail(deps, { email, meta });
  if (!limited.ok) return limited;
  const passwordHash = await hashPassword(input.password, deps.config.password);
  const a = schema.accounts;
  // Whether a repeated sign-up brings the password already waiting ("send again") or another
  // (perhaps someone else's): one verification on every path, so each costs the same.
  const [existing] = await deps.db
    .select({ passwordHash: a.passwordHash })
    .from(a)
    .where(eq(a.email, email));
  const samePassword = await verifyPassword(existing?.passwordHash ?? passwordHash, input.password);
  const now = deps.clock.now();
  const id = newId(deps.random);
  const timeZone = input.timeZone === undefined ? null : canonicalTimeZone(input.timeZone);
  await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(a)
      .values({
        id,
        email,
        displayName: input.displayName?.trim() ?? "",
        passwordHash,
        createdAt: now,
        passwordChangedAt: now,
        locale: input.locale ?? "en",
        timeZone,
        emailVerifiedAt: null,
      })
      .onConflictDoNothing({ target: a.email })
      .returning({ id: a.id });
    if (inserted.length === 1) {
      await sendVerificationCode(deps, { tx, accountId: id, email, type: "account_created", meta });
      return;
    }
    const [taken] = await tx
      .select({ id: a.id, verifiedAt: a.emailVerifiedAt })
      .from(a)
      .where(eq(a.email, email))
      .for("update");
    if (!taken) return;
    if (taken.verifiedAt !== null) {
      const eventId = await recordEvent(deps, {
        tx,
        accountId: taken.id,
        type: "sign_up_attempted",
        meta,
      });
      await queueMailWithSecret(deps, {
        tx,
        accountId: taken.id,
        eventId,
        kind: "sign_up_attempted",
      });
      return;
    }
    // The first sign-up's mail was lost (or never read): the latest sign-up is the one that
    // counts. Another password than the one waiting is marked: the confirmation then trusts none.
    await tx
      .update(a)
      .set({
        passwordHash,
        passwordChangedAt: now,
        displayName: input.displayName?.trim() ?? "",
        ...(input.locale && { locale: input.locale }),
        ...(timeZone !== null && { timeZone }),
      })
      .where(eq(a.id, taken.id));
    await sendVerificationCode(deps, {
      tx,
      accountId: taken.id,
      email,
      type: "sign_up_repeated",
      meta,
      detail: { newPassword: !samePassword },
    });
  });
  return ok({ status: "verification_required" });
}

/**
 * Counts one confirmation mail against the address's and the IP's limits. The address is
 * counted whether or not it has an account, so a limit reached says nothing about it.
 */
export async function reserveVerificationMail(
  deps: Deps,
  request: { email: string; meta: RequestMeta },
): Promise<Result<null, "RATE_LIMITED">> {
  const { mailsPerAddress, mailsPerIp, windowMs } = deps.config.verifyEmail;
  const reserved = await reserve(
    deps,
    [
      [`verify-mail-to:${keyedHash(deps.keys.unknownEmails, request.email)}`, mailsPerAddress],
      [`verify-mail-ip:${addressKey(request.meta.ip)}`, mailsPerIp],
    ],
    windowMs,
  );
  return "ok" in reserved ? reserved : ok(null);
}

/** A new code for the account's address (ending the last), its event and its mail, in `tx`. */
export async function sendVerificationCode(
  deps: Deps,
  sending: {
    tx: Tx;
    accountId: string;
    email: string;
    type: Extract<
      SecurityEventType,
      "account_created" | "sign_up_repeated" | "verification_code_sent"
    >;
    meta: RequestMeta;
    detail?: Record<string, boolean>;
  },
): Promise<void> {
  const { tx, accountId, email, type, meta, detail } = sending;
  const { code } = await issueEmailedCode(deps, {
    accountId,
    purpose: "verify_email",
    subject: email,
    tx,
  });
  const eventId = await recordEvent(deps, { tx, accountId, type, meta, ...(detail && { detail }) });
  await queueMailWithSecret(deps, { tx, accountId, eventId, kind: "verify_email", secret: code });
}
