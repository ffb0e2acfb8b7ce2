import * as z from "zod";
import { unwrap } from "../errors";
import {
  BROWSER_POLICIES,
  canonicalTimeZone,
  FACTOR_KINDS,
  MAIL_LOCALES,
  PASSWORD_MAX,
  TIME_ZONE_MAX,
} from "@twofold/core";
import { authedProcedure, createTRPCRouter, publicProcedure, stepUpProcedure } from "../trpc";
import { stepUpProcedures } from "./account-step-up";
import { rememberBrowser } from "./shared";

const notMeAbout = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("factor_removed"),
    factorKind: z.enum(FACTOR_KINDS),
    label: z.string(),
    twoFactorEnabled: z.boolean(),
  }),
  z.object({ action: z.literal("app_password_revoked"), name: z.string() }),
  z.object({
    action: z.literal("add_factor_again"),
    factorKind: z.enum(FACTOR_KINDS),
    label: z.string(),
  }),
  z.object({ action: z.literal("turn_on_two_step_again") }),
]);

export const accountRouter = createTRPCRouter({
  /** The language of the account's emails. */
  setLocale: authedProcedure
    .input(z.strictObject({ locale: z.enum(MAIL_LOCALES) }))
    .output(z.object({ locale: z.enum(MAIL_LOCALES) }))
    .mutation(({ ctx, input }) =>
      ctx.deps.twofold.accounts.setLocale(ctx.session.accountId, input.locale, ctx.req),
    ),

  /**
   * The IANA time zone the account's emails write times in ("Europe/Zurich"), as the browser
   * (`Intl.DateTimeFormat().resolvedOptions().timeZone`) or the terminal reports it; the web
   * sends it after a sign-in when `auth.me` names another. Answered in this server's spelling;
   * a name no zone has (or an offset such as "+01:00") is INVALID_INPUT and changes nothing.
   */
  setTimeZone: authedProcedure
    .input(
      z.strictObject({
        timeZone: z
          .string()
          .max(TIME_ZONE_MAX)
          .refine((zone) => canonicalTimeZone(zone) !== null, "unknown time zone"),
      }),
    )
    .output(z.object({ timeZone: z.string() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.accounts.setTimeZone(ctx.session.accountId, input.timeZone)),
    ),

  /**
   * "This wasn't me", from the link of a notification email: no session needed. Ends every
   * session, forgets trusted browsers, revokes application passwords; the next sign-in asks
   * for a new password. `about`: what it did about the change the email told of (a method
   * added is removed) or how the person puts back what was removed; null when nothing more.
   */
  reportNotMe: publicProcedure
    .input(z.strictObject({ token: z.string().min(1).max(256) }))
    .output(z.object({ sessionsEnded: z.number().int(), about: notMeAbout.nullable() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.notifications.reportNotMe(input.token, ctx.req)),
    ),

  ...stepUpProcedures,

  /** A new account password: every application password is revoked, other sessions end. */
  changePassword: stepUpProcedure
    .input(z.strictObject({ newPassword: z.string().max(PASSWORD_MAX * 4) }))
    .output(z.object({ appPasswordsRevoked: z.number().int(), sessionsEnded: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const changed = unwrap(
        await ctx.deps.twofold.accounts.changePassword(ctx.session, input.newPassword, ctx.req),
      );
      rememberBrowser(ctx, ctx.session.accountId);
      return changed;
    }),

  browserPolicy: authedProcedure
    .output(z.object({ policy: z.enum(BROWSER_POLICIES) }))
    .query(async ({ ctx }) => ({
      policy: await ctx.deps.twofold.accounts.browserPolicy(ctx.session.accountId),
    })),

  /** "Authenticate at each browser launch" or stay signed in: applies from the next sign-in. */
  setBrowserPolicy: stepUpProcedure
    .input(z.strictObject({ policy: z.enum(BROWSER_POLICIES) }))
    .output(z.object({ policy: z.enum(BROWSER_POLICIES), appliesFrom: z.literal("next_sign_in") }))
    .mutation(async ({ ctx, input }) => ({
      ...(await ctx.deps.twofold.accounts.setBrowserPolicy(
        ctx.session.accountId,
        input.policy,
        ctx.req,
      )),
      appliesFrom: "next_sign_in" as const,
    })),
});
