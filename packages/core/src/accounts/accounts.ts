import { schema } from "@twofold/db";
import { eq } from "drizzle-orm";
import { remainingBackupCodes } from "../backup-codes/backup-codes";
import { addressKey } from "../limits/address";
import { mailLocale, type MailLocale } from "../notifications/texts";
import { reserve } from "../limits/windows";
import { checkAccountPassword, checkUnknownAddress } from "./password-check";
import { useTrustedBrowser, type TrustedBrowserCookie } from "../trusted-browsers/trusted-browsers";
import type { Deps } from "../deps";
import { fail, ok, type Result } from "../errors";
import type { RequestMeta } from "../ports";
import { recordEvent } from "../security-log/security-log";
import {
  createSession,
  markReauthenticated,
  type IssuedSession,
  type Session,
} from "../sessions/sessions";
import { listFactors, secondFactorOptions, type SecondFactorOption } from "../two-factor/factors";
import { isValidEmail, normalizeEmail } from "./validate";
import {
  reserveVerificationMail,
  sendVerificationCode,
  type VerificationRequired,
} from "./sign-up";

export interface Account {
  id: string;
  email: string;
  displayName: string;
  preferredFactor: string | null;
  createdAt: Date;
  /** The language of emails. */
  locale: MailLocale;
  /** The IANA time zone of emails ("Europe/Zurich"); null: none reported, emails write UTC. */
  timeZone: string | null;
  /** "This wasn't me" was used: the person is asked for a new password before anything else. */
  passwordChangeRequired: boolean;
}

export type SignInOutcome =
  | VerificationRequired
  | ({ status: "authenticated"; trustedBrowser?: TrustedBrowserCookie } & IssuedSession)
  | ({
      status: "second_factor_required";
      factors: SecondFactorOption[];
      preferred: SecondFactorOption | null;
    } & IssuedSession);

/**
 * Checks email and password. An account whose address is not confirmed opens no session: the
 * right password mails a new code (`verification_required`). An unknown email is checked against a decoy hash, so it costs the
 * same time and answers the same INVALID_CREDENTIALS as a wrong password.
 */
export async function signIn(
  deps: Deps,
  input: { email: string; password: string; remember?: boolean; trustedBrowser?: string },
  meta: RequestMeta,
): Promise<Result<SignInOutcome, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  // Password spraying: many accounts from one address. Counted before the email is looked up.
  const { signInPerIp, signInWindowMs } = deps.config.limits;
  const perIp = await reserve(
    deps,
    [[`signin-ip:${addressKey(meta.ip)}`, signInPerIp]],
    signInWindowMs,
  );
  if ("ok" in perIp) return perIp;
  const email = normalizeEmail(input.email);
  const a = schema.accounts;
  const [account] = isValidEmail(email)
    ? await deps.db
        .select({
          id: a.id,
          passwordHash: a.passwordHash,
          preferred: a.preferredFactor,
          policy: a.browserPolicy,
          verifiedAt: a.emailVerifiedAt,
        })
        .from(a)
        .where(eq(a.email, email))
    : [];
  if (!account) return checkUnknownAddress(deps, { email, password: input.password, meta });
  const checked = await checkAccountPassword(deps, { account, password: input.password, meta });
  if (!checked.ok) return checked;
  if (account.verifiedAt === null) {
    // The right password of an account whose address is not confirmed: no session, a new code.
    const limited = await reserveVerificationMail(deps, { email, meta });
    if (!limited.ok) return limited;
    await deps.db.transaction((tx) =>
      sendVerificationCode(deps, {
        tx,
        accountId: account.id,
        email,
        type: "verification_code_sent",
        meta,
      }),
    );
    return ok({ status: "verification_required" });
  }
  const factors = await listFactors(deps, account.id);
  // "Authenticate at each browser launch" overrides "keep me signed in".
  const remember = (input.remember ?? true) && account.policy !== "session_only";
  if (factors.length === 0) {
    const issued = await signedIn(deps, {
      accountId: account.id,
      remember,
      meta,
      factor: "password",
    });
    return ok({ status: "authenticated", ...issued });
  }
  // A browser trusted for 30 days skips the second factor (and gets a new cookie).
  const trusted = input.trustedBrowser
    ? await useTrustedBrowser(deps, account.id, input.trustedBrowser)
    : null;
  if (trusted) {
    const issued = await signedIn(deps, {
      accountId: account.id,
      remember,
      meta,
      factor: "trusted_browser",
    });
    return ok({ status: "authenticated", ...issued, trustedBrowser: trusted });
  }
  const options = secondFactorOptions(
    factors,
    account.preferred,
    await remainingBackupCodes(deps, account.id),
  );
  const issued = await createSession(deps, {
    accountId: account.id,
    state: "pending_second_factor",
    persistent: remember,
    meta,
  });
  // The right password alone: worth knowing if the second factor never follows.
  await recordEvent(deps, {
    accountId: account.id,
    type: "sign_in_pending_second_factor",
    meta,
    detail: {
      factor: "password",
    },
  });
  return ok({ status: "second_factor_required", ...options, ...issued });
}

/** A sign-in that needs no second step: an active session, and the log says which door it used. */
async function signedIn(
  deps: Deps,
  opening: {
    accountId: string;
    remember: boolean;
    meta: RequestMeta;
    factor: "password" | "trusted_browser";
  },
): Promise<IssuedSession> {
  const { accountId, remember, meta, factor } = opening;
  const issued = await createSession(deps, {
    accountId,
    state: "active",
    persistent: remember,
    meta,
  });
  await recordEvent(deps, { accountId, type: "sign_in_succeeded", meta, detail: { factor } });
  return issued;
}

export async function getAccount(deps: Deps, accountId: string): Promise<Account | null> {
  const a = schema.accounts;
  const [row] = await deps.db
    .select({
      id: a.id,
      email: a.email,
      displayName: a.displayName,
      preferredFactor: a.preferredFactor,
      createdAt: a.createdAt,
      locale: a.locale,
      timeZone: a.timeZone,
      passwordChangeRequired: a.passwordChangeRequired,
    })
    .from(a)
    .where(eq(a.id, accountId));
  return row ? { ...row, locale: mailLocale(row.locale) } : null;
}

/** The language of the account's emails (the web app sends the one the person reads in). */
export async function setLocale(
  deps: Deps,
  accountId: string,
  locale: MailLocale,
  meta: RequestMeta,
): Promise<{ locale: MailLocale }> {
  await deps.db.transaction(async (tx) => {
    await tx.update(schema.accounts).set({ locale }).where(eq(schema.accounts.id, accountId));
    await recordEvent(deps, { tx, accountId, type: "locale_changed", meta, detail: { locale } });
  });
  return { locale };
}

/** Step-up with the password: a security change is allowed for the next few minutes. */
export async function reauthenticateWithPassword(
  deps: Deps,
  session: Session,
  password: string,
  meta: RequestMeta,
): Promise<Result<{ until: Date }, "INVALID_CREDENTIALS" | "RATE_LIMITED">> {
  const a = schema.accounts;
  const [account] = await deps.db
    .select({ passwordHash: a.passwordHash })
    .from(a)
    .where(eq(a.id, session.accountId));
  if (!account) return fail("INVALID_CREDENTIALS");
  const checked = await checkAccountPassword(deps, {
    account: { id: session.accountId, passwordHash: account.passwordHash },
    password,
    meta,
    detail: { stepUp: true },
  });
  if (!checked.ok) return checked;
  const at = await markReauthenticated(deps, session.id);
  await recordEvent(deps, {
    accountId: session.accountId,
    type: "reauthenticated",
    meta,
    detail: {
      factor: "password",
    },
  });
  return ok({ until: new Date(at.getTime() + deps.config.session.stepUpMs) });
}
