import { EXPORT_FORMATS, SECURITY_EVENT_TYPES, SECURITY_LOG_KINDS } from "@twofold/core";
import * as z from "zod";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { iso } from "./shared";

export const securityLogRouter = createTRPCRouter({
  list: authedProcedure
    .input(
      z
        .strictObject({
          cursor: z.number().int().positive().optional(),
          /** Only events of these groups (sign-ins, methods, ...); absent or empty: all. */
          kinds: z.array(z.enum(SECURITY_LOG_KINDS)).max(SECURITY_LOG_KINDS.length).optional(),
        })
        .optional(),
    )
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
      const page = await ctx.deps.twofold.securityLog.list(ctx.session.accountId, {
        cursor: input?.cursor,
        kinds: input?.kinds,
      });
      return { ...page, events: page.events.map((e) => ({ ...e, createdAt: iso(e.createdAt) })) };
    }),

  /**
   * The account's whole log as one file (CSV or JSON), oldest first, in the account's language,
   * with each event's place and hashes in the sealed chain and an export chain of SHA-256
   * hashes that anyone can check without the server (the file says how).
   */
  export: authedProcedure
    .input(z.strictObject({ format: z.enum(EXPORT_FORMATS) }))
    .output(
      z.object({
        fileName: z.string(),
        mediaType: z.string(),
        content: z.string(),
        events: z.number(),
      }),
    )
    .query(({ ctx, input }) =>
      ctx.deps.twofold.securityLog.export(ctx.session.accountId, {
        format: input.format,
        describe: ctx.deps.describeEvent ?? ((_locale, event) => event.type),
      }),
    ),
});
