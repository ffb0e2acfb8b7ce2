import {
  FACTOR_KINDS,
  MAIL_LOCALES,
  PASSWORD_MAX,
  secondFactorOptions,
  TIME_ZONE_MAX,
} from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import type { TrustedBrowserCookie } from "@twofold/core";
import type { Context } from "../context";
import { createTRPCRouter, publicProcedure, sessionProcedure, stepUpProcedure } from "../trpc";
import { backupCodeAuthProcedures } from "./auth-backup-codes";
import { pushAuthProcedures } from "./auth-push";
import { smsAuthProcedures } from "./auth-sms";
import { totpAuthProcedures } from "./auth-totp";
import { webauthnAuthProcedures } from "./auth-webauthn";
import { deliverToken, iso, plainText } from "./shared";

const email = plainText(254);
// Longer than any acceptable password, short enough that argon2 never hashes megabytes.
const password = z.string().max(PASSWORD_MAX * 4);
const factorOption = z.enum([...FACTOR_KINDS, "backup_code"]);

const authenticated = z.object({
  status: z.literal("authenticated"),
  token: z.string().optional(),
});

/** The address must be confirmed with the code of the mail just sent (sign-up, or sign-in). */
const verificationRequired = z.object({ status: z.literal("verification_required") });

function setTrusted(ctx: Context, cookie: TrustedBrowserCookie): void {
  const now = ctx.deps.twofold.deps.clock.now().getTime();
  const seconds = Math.floor((cookie.expiresAt.getTime() - now) / 1000);
  ctx.res.setTrustedBrowserCookie(cookie.value, Math.max(0, seconds));
}

export const authRouter = createTRPCRouter({
  /**
   * Starts a sign-up: the same answer for a free and a taken address. The account opens with
   * `verifyEmail` and the code mailed to the address; a taken address is told someone tried.
   */
  signUp: publicProcedure
    .input(
      z.strictObject({
        email,
        password,
        displayName: plainText(100).trim().optional(),
        /** Kept for older clients: the session's choice is made at `verifyEmail`. */
        remember: z.boolean().optional(),
        /** The language the person signed up in: their emails are written in it. */
        locale: z.enum(MAIL_LOCALES).optional(),
        /**
         * The person's IANA time zone, for the times in their emails. One no zone has is
         * ignored (a sign-up never fails for it; `account.setTimeZone` can set it later).
         */
        timeZone: z.string().max(TIME_ZONE_MAX).optional(),
        /** Kept for older clients: the token comes with `verifyEmail`. */
        tokenInBody: z.boolean().optional(),
      }),
    )
    .output(verificationRequired)
    .mutation(async ({ ctx, input }) => {
      const { email: address, password: typed, displayName, locale, timeZone } = input;
      return unwrap(
        await ctx.deps.twofold.accounts.signUp(
          {
            email: address,
            password: typed,
            ...(displayName !== undefined && { displayName }),
            ...(locale && { locale }),
            ...(timeZone !== undefined && { timeZone }),
          },
          ctx.req,
        ),
      );
    }),

  /**
   * Confirms the address with the 6-digit code of the sign-up mail (or its link) and signs in.
   * A wrong code, an unknown or already confirmed address all answer INVALID_CODE.
   */
  verifyEmail: publicProcedure
    .input(
      z.strictObject({
        email,
        code: z.string().max(32),
        remember: z.boolean().optional(),
        tokenInBody: z.boolean().optional(),
      }),
    )
    .output(authenticated)
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.accounts.verifyEmail(
          {
            email: input.email,
            code: input.code,
            ...(input.remember !== undefined && { remember: input.remember }),
          },
          ctx.req,
        ),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, issued, input.tokenInBody) };
    }),

  signIn: publicProcedure
    .input(
      z.strictObject({
        email,
        password,
        remember: z.boolean().optional(),
        tokenInBody: z.boolean().optional(),
        /**
         * "always": ask for the second step even on a browser trusted for 30 days (an app that
         * signs in through Twofold requires it); the trusted-browser cookie is left unused.
         */
        secondStep: z.literal("always").optional(),
      }),
    )
    .output(
      z.discriminatedUnion("status", [
        authenticated,
        verificationRequired,
        z.object({
          status: z.literal("second_factor_required"),
          factors: z.array(factorOption),
          preferred: factorOption.nullable(),
          token: z.string().optional(),
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const { secondStep, ...credentials } = input;
      const trusted = secondStep === "always" ? null : ctx.req.trustedBrowser;
      const outcome = unwrap(
        await ctx.deps.twofold.accounts.signIn(
          { ...credentials, ...(trusted && { trustedBrowser: trusted }) },
          ctx.req,
        ),
      );
      if (outcome.status === "verification_required") return { status: outcome.status };
      const token = deliverToken(ctx, outcome, input.tokenInBody);
      if (outcome.status === "authenticated" && outcome.trustedBrowser)
        setTrusted(ctx, outcome.trustedBrowser);
      if (outcome.status === "authenticated") return { status: outcome.status, ...token };
      return {
        status: outcome.status,
        factors: outcome.factors,
        preferred: outcome.preferred,
        ...token,
      };
    }),

  ...totpAuthProcedures,
  ...backupCodeAuthProcedures,

  me: sessionProcedure
    .output(
      z.object({
        user: z.object({
          id: z.string(),
          email: z.string(),
          displayName: z.string(),
          createdAt: z.string(),
          locale: z.enum(MAIL_LOCALES),
          /** The time zone of the account's emails; null: none reported yet (they write UTC). */
          timeZone: z.string().nullable(),
          /** "This wasn't me" was used: ask for a new password before anything else. */
          passwordChangeRequired: z.boolean(),
        }),
        session: z.object({
          id: z.string(),
          state: z.enum(["pending_second_factor", "active"]),
          persistent: z.boolean(),
          expiresAt: z.string(),
          /** "password_reset": a reset link's session, good only for setting the new password. */
          purpose: z.enum(["sign_in", "password_reset"]),
        }),
        twoFactorEnabled: z.boolean(),
        /** While the second factor is pending: the methods that can finish the sign-in. */
        secondFactor: z
          .object({ factors: z.array(factorOption), preferred: factorOption.nullable() })
          .nullable(),
      }),
    )
    .query(async ({ ctx }) => {
      const { twofold } = ctx.deps;
      const [account, status] = await Promise.all([
        twofold.accounts.get(ctx.session.accountId),
        twofold.twoFactor.status(ctx.session.accountId),
      ]);
      if (!account) throw new Error("session without account");
      const { session } = ctx;
      return {
        user: {
          id: account.id,
          email: account.email,
          displayName: account.displayName,
          createdAt: iso(account.createdAt),
          locale: account.locale,
          timeZone: account.timeZone,
          passwordChangeRequired: account.passwordChangeRequired,
        },
        session: {
          id: session.id,
          state: session.state,
          persistent: session.persistent,
          expiresAt: iso(session.expiresAt),
          purpose: session.purpose,
        },
        twoFactorEnabled: status.enabled,
        secondFactor:
          session.state === "pending_second_factor"
            ? secondFactorOptions(status.factors, status.preferred, status.backupCodesRemaining)
            : null,
      };
    }),

  ...webauthnAuthProcedures,
  ...pushAuthProcedures,
  ...smsAuthProcedures,

  /** "Don't ask for a second factor on this browser for 30 days", right after signing in. */
  trustBrowser: stepUpProcedure
    .output(z.object({ expiresAt: z.string() }))
    .mutation(async ({ ctx }) => {
      const cookie = await ctx.deps.twofold.trustedBrowsers.trust(ctx.session, ctx.req);
      setTrusted(ctx, cookie);
      return { expiresAt: iso(cookie.expiresAt) };
    }),

  signOut: sessionProcedure.output(z.object({})).mutation(async ({ ctx }) => {
    await ctx.deps.twofold.sessions.end(ctx.session, ctx.req);
    if (ctx.req.via === "cookie") ctx.res.clearSessionCookie();
    return {};
  }),
});
