import * as z from "zod";
import { reasonError, unwrap } from "../errors";
import { createTRPCRouter, stepUpProcedure } from "../trpc";
import { factorProcedures } from "./factor-procedures";
import { labelInput } from "./shared";
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
      return ctx.deps.twofold.webauthn.beginRegistration(ctx.session, {
        account,
        label: input.label,
        passkey: input.passkey,
      });
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

  ...factorProcedures("webauthn"),
});
