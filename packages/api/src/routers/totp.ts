import * as z from "zod";
import { unwrap, reasonError } from "../errors";
import { createTRPCRouter, stepUpProcedure } from "../trpc";
import { factorProcedures } from "./factor-procedures";
import { codeInput, idInput, iso, labelInput } from "./shared";

export const totpRouter = createTRPCRouter({
  /** A new seed for an OTP app: QR code, otpauth URI and the secret to type by hand. */
  beginEnrollment: stepUpProcedure
    .input(z.strictObject({ label: labelInput }))
    .output(
      z.object({
        enrollmentId: z.string(),
        otpauthUri: z.string(),
        secret: z.string(),
        qrSvg: z.string(),
        expiresAt: z.string(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const account = await ctx.deps.twofold.accounts.get(ctx.session.accountId);
      if (!account) throw reasonError("UNAUTHENTICATED");
      const e = unwrap(await ctx.deps.twofold.totp.beginEnrollment(account, input.label));
      return { ...e, expiresAt: iso(e.expiresAt) };
    }),

  /** The first code makes the OTP app a factor; backup codes come back when 2FA turned on. */
  confirmEnrollment: stepUpProcedure
    .input(z.strictObject({ enrollmentId: idInput, code: codeInput }))
    .output(z.object({ id: z.string(), backupCodes: z.array(z.string()).optional() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.totp.confirmEnrollment(ctx.session.accountId, input, ctx.req)),
    ),

  ...factorProcedures("totp"),
});
