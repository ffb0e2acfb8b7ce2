import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter, stepUpProcedure } from "../trpc";

export const backupCodesRouter = createTRPCRouter({
  status: authedProcedure
    .output(z.object({ remaining: z.number().int() }))
    .query(async ({ ctx }) => ({
      remaining: await ctx.deps.twofold.backupCodes.remaining(ctx.session.accountId),
    })),

  /** A new set of 10, shown once; the old set stops working. Needs a recent password. */
  regenerate: stepUpProcedure
    .output(z.object({ codes: z.array(z.string()) }))
    .mutation(async ({ ctx }) =>
      unwrap(await ctx.deps.twofold.backupCodes.regenerate(ctx.session.accountId, ctx.req)),
    ),
});
