import * as z from "zod";
import { unwrap } from "../errors";
import { sessionProcedure } from "../trpc";
import { codeInput, deliverToken, idInput, iso } from "./shared";

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

  /** Polled by the login page: pending, approved, denied or expired. */
  pushResult: sessionProcedure
    .input(z.strictObject({ requestId: idInput }))
    .output(z.object({ status: z.enum(["pending", "approved", "denied", "expired"]) }))
    .query(async ({ ctx, input }) =>
      unwrap(await ctx.deps.twofold.push.status(ctx.session, input.requestId)),
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
