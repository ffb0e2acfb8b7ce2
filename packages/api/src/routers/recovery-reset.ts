import { FACTOR_KINDS, PASSWORD_MAX, type ResolvedSession } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { publicProcedure } from "../trpc";
import { deliverToken, plainText, rememberBrowser } from "./shared";

const factorOption = z.enum([...FACTOR_KINDS, "backup_code"]);
// A link's token: 256 bits in base64url; bounded so nothing large is ever hashed.
const token = z.string().min(1).max(128);

/**
 * "Forgot password", under `recovery`: ask for a link, follow it (a second factor when two-step
 * is on), set the new password. Spread into the `recovery` router beside the other recovery
 * procedures.
 */
export const resetProcedures = {
  /**
   * Mails a single-use link (30 minutes) when an account has this address. The same `{}`, in
   * the same time, whatever the address; RATE_LIMITED only for too many requests from one IP.
   */
  requestPasswordReset: publicProcedure
    .input(z.strictObject({ email: plainText(254) }))
    .output(z.object({}))
    .mutation(async ({ ctx, input }) => {
      const { sent } = unwrap(await ctx.deps.twofold.passwordReset.request(input, ctx.req));
      // Not awaited: the answer must not wait for (or reveal) the lookup and the email. It never
      // rejects (core reports a failure to the operator's log).
      void sent;
      return {};
    }),

  /**
   * Checks a link without spending it. Two-step off: `choose_password`. Two-step on: a session
   * waiting for a second factor (the `auth.*` second-factor procedures finish it); once it
   * passed, that session can do nothing but `completePasswordReset` (PASSWORD_RESET_ONLY).
   */
  beginPasswordReset: publicProcedure
    .input(z.strictObject({ token, tokenInBody: z.boolean().optional() }))
    .output(
      z.discriminatedUnion("status", [
        z.object({ status: z.literal("choose_password") }),
        z.object({
          status: z.literal("second_factor_required"),
          factors: z.array(factorOption),
          preferred: factorOption.nullable(),
          token: z.string().optional(),
        }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const begun = unwrap(
        await ctx.deps.twofold.passwordReset.begin({ token: input.token }, ctx.req),
      );
      if (begun.status === "choose_password") return begun;
      return {
        status: begun.status,
        factors: begun.factors,
        preferred: begun.preferred,
        ...deliverToken(ctx, begun, input.tokenInBody),
      };
    }),

  /**
   * Sets the new password and spends the link. With two-step on, only from the reset's session
   * after its second factor (else SECOND_FACTOR_REQUIRED). Every session ends, this one too:
   * the person signs in with the new password.
   */
  completePasswordReset: publicProcedure
    .input(z.strictObject({ token, password: z.string().max(PASSWORD_MAX * 4) }))
    .output(z.object({ appPasswordsRevoked: z.number().int(), sessionsEnded: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const session: ResolvedSession | null = ctx.req.token
        ? await ctx.deps.twofold.sessions.resolve(ctx.req.token)
        : null;
      const done = unwrap(
        await ctx.deps.twofold.passwordReset.complete({ ...input, session }, ctx.req),
      );
      if (ctx.req.via === "cookie") ctx.res.clearSessionCookie();
      // The browser that passed the reset's second factor keeps its "signed in before" proof
      // (the new password voided every other browser's).
      if (session?.purpose === "password_reset" && session.state === "active")
        rememberBrowser(ctx, session.accountId);
      return done;
    }),
};
