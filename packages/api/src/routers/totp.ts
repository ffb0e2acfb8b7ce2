import * as z from "zod";
import { unwrap, reasonError } from "../errors";
import { createTRPCRouter, stepUpProcedure } from "../trpc";
import { codeInput, idInput, iso, labelInput } from "./shared";
import { factorOutput, toFactorOutput } from "./two-factor";

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
      unwrap(
        await ctx.deps.twofold.totp.confirmEnrollment(
          ctx.session.accountId,
          input.enrollmentId,
          input.code,
          ctx.req,
        ),
      ),
    ),

  rename: stepUpProcedure
    .input(z.strictObject({ id: idInput, label: labelInput }))
    .output(factorOutput)
    .mutation(async ({ ctx, input }) =>
      toFactorOutput(
        unwrap(
          await ctx.deps.twofold.twoFactor.renameFactor(
            ctx.session.accountId,
            input.id,
            input.label,
            ctx.req,
            "totp",
          ),
        ),
      ),
    ),

  remove: stepUpProcedure
    .input(z.strictObject({ id: idInput }))
    .output(z.object({ twoFactorEnabled: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.twoFactor.removeFactor(
          ctx.session.accountId,
          input.id,
          ctx.req,
          "totp",
        ),
      ),
    ),
});
