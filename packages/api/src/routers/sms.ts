import { SMS_COUNTRIES } from "@twofold/core";
import * as z from "zod";
import { unwrap } from "../errors";
import { createTRPCRouter, stepUpProcedure } from "../trpc";
import { factorProcedures } from "./factor-procedures";
import { codeInput, idInput, iso, plainText } from "./shared";

const sent = z.object({ sentTo: z.string(), expiresAt: z.string() });

export const smsRouter = createTRPCRouter({
  /**
   * A mobile number of CH, FR, BE or DE, in any usual writing (`country` reads a national
   * number): checked, then a code is sent to it. Refused numbers get nothing sent.
   */
  addPhone: stepUpProcedure
    .input(z.strictObject({ phone: plainText(64), country: z.enum(SMS_COUNTRIES).optional() }))
    .output(sent.extend({ phoneId: z.string(), e164: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const added = unwrap(
        await ctx.deps.twofold.sms.addPhone(ctx.session.accountId, input, ctx.req),
      );
      return { ...added, expiresAt: iso(added.expiresAt) };
    }),

  /** A new code for a number being added; the previous one stops working. */
  resendCode: stepUpProcedure
    .input(z.strictObject({ phoneId: idInput }))
    .output(sent)
    .mutation(async ({ ctx, input }) => {
      const r = unwrap(
        await ctx.deps.twofold.sms.resendPhoneCode(ctx.session.accountId, input.phoneId, ctx.req),
      );
      return { ...r, expiresAt: iso(r.expiresAt) };
    }),

  /** The code received makes the number a factor; backup codes come when 2FA turned on. */
  confirmPhone: stepUpProcedure
    .input(z.strictObject({ phoneId: idInput, code: codeInput }))
    .output(z.object({ id: z.string(), backupCodes: z.array(z.string()).optional() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.sms.confirmPhone(ctx.session.accountId, input, ctx.req)),
    ),

  ...factorProcedures("sms"),
});
