import * as z from "zod";
import { unwrap } from "../errors";
import { sessionProcedure } from "../trpc";
import { codeInput, deliverToken, idInput, iso, pushResultInput, pushResultOutput } from "./shared";

/** The `auth.*` procedures of push approval, for a session waiting for its second factor. */
export const pushAuthProcedures = {
  /** "Check your device": the number to show; the devices get the request. */
  startPush: sessionProcedure
    .output(
      z.object({
        requestId: z.string(),
        number: z.number().int(),
        expiresAt: z.string(),
        /** Where the device says this sign-in comes from ("Zurich, CH"), or null. */
        place: z.string().nullable(),
      }),
    )
    .mutation(async ({ ctx }) => {
      const started = unwrap(await ctx.deps.twofold.push.start(ctx.session, ctx.req));
      return {
        requestId: started.requestId,
        number: started.number,
        expiresAt: iso(started.expiresAt),
        place: started.view.place,
      };
    }),

  /**
   * Has the device answered? pending, approved, denied (NO, a wrong number or a report),
   * expired, or cancelled (the sign-in left the push step: auth.cancelPush). With `waitSeconds`
   * (a long poll, up to 25) a pending request is answered once it changes or expires, within
   * moments of the device's answer on any server, or "pending" when the wait is over: ask
   * again. One waiting call per sign-in: a newer one makes the older answer "pending" at once.
   * A sign-in ended during the wait (signed out, reported on the device): UNAUTHENTICATED.
   */
  pushResult: sessionProcedure
    .input(pushResultInput)
    .output(pushResultOutput)
    .query(async ({ ctx, input, signal }) =>
      unwrap(
        await ctx.deps.twofold.push.waitForResult(ctx.session, {
          requestId: input.requestId,
          waitMs: (input.waitSeconds ?? 0) * 1000,
          ...(signal && { signal }),
        }),
      ),
    ),

  /** The page leaves the push step: its request ends (devices then say it was cancelled). */
  cancelPush: sessionProcedure
    .input(z.strictObject({ requestId: idInput }))
    .output(z.object({ cancelled: z.boolean() }))
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.push.cancel(ctx.session, input.requestId)),
    ),

  /** When the push cannot reach the device: the one-time code the device shows offline. */
  verifyDeviceCode: sessionProcedure
    .input(z.strictObject({ code: codeInput }))
    .output(z.object({ status: z.literal("authenticated"), token: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.push.verifyOfflineCode(ctx.session, input.code, ctx.req),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, issued) };
    }),

  /** Once approved: the sign-in finishes (new token), exactly once. */
  finishPush: sessionProcedure
    .input(z.strictObject({ requestId: idInput }))
    .output(z.object({ status: z.literal("authenticated"), token: z.string().optional() }))
    .mutation(async ({ ctx, input }) => {
      const issued = unwrap(
        await ctx.deps.twofold.push.finish(ctx.session, input.requestId, ctx.req),
      );
      return { status: "authenticated" as const, ...deliverToken(ctx, issued) };
    }),
};
