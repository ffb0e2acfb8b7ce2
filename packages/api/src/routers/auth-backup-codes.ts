import * as z from "zod";
import { unwrap } from "../errors";
import { sessionProcedure } from "../trpc";
import { codeInput, deliverToken } from "./shared";

/** The `auth.*` procedure of backup codes, for a session waiting for its second factor. */
export const backupCodeAuthProcedures = {
  /** One backup code finishes the sign-in (new token) and is spent; says how many remain. */
  verifyBackupCode: sessionProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(
      z.object({
        status: z.literal("authenticated"),
        token: z.string().optional(),
        remaining: z.number().int(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const done = unwrap(
        await ctx.deps.twofold.secondFactor.verifyBackupCode(ctx.session, input.code, ctx.req),
      );
      return {
        status: "authenticated" as const,
        remaining: done.result.remaining,
        ...deliverToken(ctx, done),
      };
    }),
};
