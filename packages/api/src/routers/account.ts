import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { iso } from "./shared";

export const accountRouter = createTRPCRouter({
  /** Step-up: the password again allows security changes for the next 5 minutes. */
  reauthenticate: authedProcedure
    .input(z.strictObject({ password: z.string().max(1024) }))
    .output(z.object({ until: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const r = unwrap(
        await ctx.deps.twofold.accounts.reauthenticateWithPassword(
          ctx.session,
          input.password,
          ctx.req,
        ),
      );
      return { until: iso(r.until) };
    }),
});
