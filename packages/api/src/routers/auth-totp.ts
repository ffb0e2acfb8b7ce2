import * as z from "zod";
import { unwrap } from "../errors";
import { sessionProcedure } from "../trpc";
import { codeInput, deliverToken } from "./shared";

/** The `auth.*` procedure of OTP apps, for a session waiting for its second factor. */
export const totpAuthProcedures = {
  /** The code the app shows: finishes the sign-in (new token) once per code. */
  verifyTOTP: sessionProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(z.object({ status: z.literal("authenticated"), token: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      const done = unwrap(
        await ctx.deps.twofold.secondFactor.verifyTOTP(ctx.session, input.code, ctx.req),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, done) };
    }),
};
