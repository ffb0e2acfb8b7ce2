import * as z from "zod";
import { unwrap } from "../errors";
import { authedProcedure, createTRPCRouter } from "../trpc";
import { idInput, iso, rememberBrowser } from "./shared";

export const sessionsRouter = createTRPCRouter({
  /** Where the account is signed in: browser, system, address, when; this one marked. */
  list: authedProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          browser: z.string().nullable(),
          os: z.string().nullable(),
          ip: z.string(),
          place: z.string().nullable(),
          createdAt: z.string(),
          lastSeenAt: z.string(),
          persistent: z.boolean(),
          current: z.boolean(),
          /** The apps this session signed in to through Twofold (OpenID Connect). */
          apps: z.array(z.object({ clientId: z.string(), name: z.string() })),
        }),
      ),
    )
    .query(async ({ ctx }) =>
      (await ctx.deps.twofold.sessions.list(ctx.session)).map((s) => ({
        ...s,
        createdAt: iso(s.createdAt),
        lastSeenAt: iso(s.lastSeenAt),
      })),
    ),

  /** Ends a session; ending this one signs this browser out. */
  revoke: authedProcedure
    .input(z.strictObject({ id: idInput }))
    .output(z.object({ ended: z.number().int(), signedOut: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const r = unwrap(await ctx.deps.twofold.sessions.endOne(ctx.session, input.id, ctx.req));
      const signedOut = input.id === ctx.session.id;
      if (signedOut && ctx.req.via === "cookie") ctx.res.clearSessionCookie();
      return { ...r, signedOut };
    }),

  revokeOthers: authedProcedure
    .output(z.object({ ended: z.number().int() }))
    .mutation(async ({ ctx }) => {
      const ended = await ctx.deps.twofold.sessions.endOthers(ctx.session, ctx.req);
      rememberBrowser(ctx, ctx.session.accountId);
      return ended;
    }),
});
