import * as z from "zod";
import { unwrap } from "../errors";
import { sessionProcedure } from "../trpc";
import { codeInput, deliverToken, idInput, iso } from "./shared";

/** The `auth.*` procedures of SMS codes, for a session waiting for its second factor. */
export const smsAuthProcedures = {
  /** "Send a code by SMS": to the number asked for, else the one used last. */
  sendSMSCode: sessionProcedure
    .input(z.strictObject({ phoneId: idInput.optional() }).optional())
    .output(
      z.object({
        phoneId: z.string(),
        sentTo: z.string(),
        expiresAt: z.string(),
        others: z.array(z.object({ phoneId: z.string(), sentTo: z.string() })),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const sent = unwrap(
        await ctx.deps.twofold.sms.sendSignInCode(ctx.session, input?.phoneId, ctx.req),
      );
      return { ...sent, expiresAt: iso(sent.expiresAt) };
    }),

  verifySMSCode: sessionProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(z.object({ status: z.literal("authenticated"), token: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.sms.verifySignIn(ctx.session, input.code, ctx.req),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, issued) };
    }),
};
