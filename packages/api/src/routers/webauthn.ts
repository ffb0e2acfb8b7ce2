import * as z from "zod";
import { reasonError, unwrap } from "../errors";
import { createTRPCRouter, stepUpProcedure } from "../trpc";
import { idInput, labelInput } from "./shared";
import { factorOutput, toFactorOutput } from "./two-factor";
import { creationOptions, registrationResponse } from "./webauthn-shapes";

/** Security keys and passkeys: add (two steps, the browser in between), rename, remove. */
export const webauthnRouter = createTRPCRouter({
  /** Options for navigator.credentials.create; a passkey also signs in without a password. */
  beginRegistration: stepUpProcedure
    .input(z.strictObject({ label: labelInput, passkey: z.boolean().optional() }))
    .output(creationOptions)
    .mutation(async ({ ctx, input }) => {
      const account = await ctx.deps.twofold.accounts.get(ctx.session.accountId);
      if (!account) throw reasonError("UNAUTHENTICATED");
      return ctx.deps.twofold.webauthn.beginRegistration(
        account,
        ctx.session,
        input.label,
        input.passkey ?? false,
      );
    }),

  /** The browser's answer makes the key a factor; backup codes come back when 2FA turned on. */
  finishRegistration: stepUpProcedure
    .input(z.strictObject({ response: registrationResponse }))
    .output(z.object({ id: z.string(), backupCodes: z.array(z.string()).optional() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.webauthn.finishRegistration(ctx.session, input.response, ctx.req),
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
            "webauthn",
          ),
        ),
      ),
    ),

  /** A removed key stops working at once: its public key is deleted with the factor. */
  remove: stepUpProcedure
    .input(z.strictObject({ id: idInput }))
    .output(z.object({ twoFactorEnabled: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.twoFactor.removeFactor(
          ctx.session.accountId,
          input.id,
          ctx.req,
          "webauthn",
        ),
      ),
    ),
});
