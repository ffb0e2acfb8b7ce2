import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { idInput, iso } from "./shared";

export const trustedBrowsersRouter = createTRPCRouter({
  /** Browsers that skip the second factor, until they expire or are revoked. */
  list: authedProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          browser: z.string().nullable(),
          os: z.string().nullable(),
          ip: z.string(),
          createdAt: z.string(),
          lastUsedAt: z.string(),
          expiresAt: z.string(),
        }),
      ),
    )
    .query(async ({ ctx }) =>
      (await ctx.deps.twofold.trustedBrowsers.list(ctx.session.accountId)).map((b) => ({
        ...b,
        createdAt: iso(b.createdAt),
        lastUsedAt: iso(b.lastUsedAt),
        expiresAt: iso(b.expiresAt),
      })),
    ),

  revoke: authedProcedure
    .input(z.strictObject({ id: idInput }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(
        await ctx.deps.twofold.trustedBrowsers.revoke(ctx.session.accountId, input.id, ctx.req),
      ),
    ),
});
