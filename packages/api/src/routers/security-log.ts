import { SECURITY_EVENT_TYPES } from "@twofold/core";
import * as z from "zod";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { iso } from "./shared";

export const securityLogRouter = createTRPCRouter({
  list: authedProcedure
    .input(z.strictObject({ cursor: z.number().int().positive().optional() }).optional())
    .output(
      z.object({
        events: z.array(
          z.object({
            id: z.number(),
            type: z.enum(SECURITY_EVENT_TYPES),
            createdAt: z.string(),
            ip: z.string(),
            userAgent: z.string(),
            browser: z.string().nullable(),
            os: z.string().nullable(),
            /** Where the address is ("Zurich, CH"), when the location database knows it. */
            place: z.string().nullable(),
            detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
          }),
        ),
        nextCursor: z.number().nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await ctx.deps.twofold.securityLog.list(ctx.session.accountId, input?.cursor);
      return { ...page, events: page.events.map((e) => ({ ...e, createdAt: iso(e.createdAt) })) };
    }),
});
